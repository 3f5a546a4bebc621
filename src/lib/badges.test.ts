import { describe, expect, it } from 'vitest';
import { sampleSiteData } from '../../tests/support/sample-site-data.ts';
import { badgeIds, buildBadge } from './badges.ts';

const data = sampleSiteData();

describe('buildBadge', () => {
  it.each([
    ['web', 'status', 'Website', 'Under Maintenance', 'blue'],
    ['dhl', 'status', 'DHL', 'Partial Outage', 'orange'],
    ['shipping', 'status', 'Shipping', 'Partial Outage', 'orange'],
    ['graphql', 'status', 'GraphQL API', 'Operational', 'brightgreen'],
    ['web', 'uptime', 'Website Uptime', '99.87%', 'green'],
    ['dhl', 'uptime', 'DHL Uptime', '98.5%', 'yellowgreen'],
    ['data', 'uptime', 'Data Uptime', '100.00%', 'brightgreen'],
    ['dpd', 'uptime', 'DPD Uptime', 'No data', 'lightgrey'],
  ] as const)('%s %s: %s "%s" %s', (id, kind, label, message, color) =>
    expect(buildBadge(data, id, kind)).toEqual({
      schemaVersion: 1,
      label,
      message,
      color,
      cacheSeconds: 300,
    }),
  );

  it.each([
    ['99.95', 'brightgreen'],
    ['99.90', 'brightgreen'],
    ['99.89', 'green'],
    ['97.00', 'yellow'],
    ['95.00', 'orange'],
    ['94.99', 'red'],
    ['0.00', 'red'],
  ])('uptime %s is %s', (uptime90, color) => {
    const copy = sampleSiteData();
    copy.states.set('web', { ...copy.states.get('web')!, uptime90 });
    expect(buildBadge(copy, 'web', 'uptime').color).toBe(color);
  });

  it('speaks the page language', () => {
    const copy = sampleSiteData();
    copy.config.site.language = 'de';
    expect(buildBadge(copy, 'dhl', 'status').message).toBe('Teilausfall');
    expect(buildBadge(copy, 'dhl', 'uptime').label).toBe('DHL Verfügbarkeit');
  });

  it('refuses an unknown id', () =>
    expect(() => buildBadge(data, 'nope', 'status')).toThrow('"nope"'));
});

describe('badgeIds', () => {
  it('lists every component and group in page order', () =>
    expect(badgeIds(data)).toEqual(['web', 'shipping', 'dhl', 'dpd', 'data', 'graphql']));
});
