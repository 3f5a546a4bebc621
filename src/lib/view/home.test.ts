import { describe, expect, it } from 'vitest';
import { fakeIncident, fakeSiteData } from '../../../tests/support/site-data.ts';
import { homeView } from './home.ts';

describe('homeView', () => {
  it('lists groups with their components, open only when something inside is wrong', () => {
    const calm = homeView(fakeSiteData());
    const troubled = homeView(fakeSiteData({ statuses: { dhl: 'major_outage' } }));
    const groups = (view: typeof calm) =>
      view.entries.flatMap((e) =>
        e.kind === 'group' ? [[e.group.id, e.group.open, e.group.children.map((c) => c.id)]] : [],
      );
    expect(groups(calm)).toEqual([['shipping', false, ['dhl', 'dpd']]]);
    expect(groups(troubled)).toEqual([['shipping', true, ['dhl', 'dpd']]]);
  });

  it('gives each row its status in words, uptime, manual note and 90 days', () => {
    const view = homeView(fakeSiteData({ statuses: { web: 'partial_outage' } }));
    const web = view.entries[0]!.kind === 'component' ? view.entries[0]!.row : undefined;
    expect([web?.statusLabel, web?.uptime, web?.days.length, web?.uptimeHref]).toEqual([
      'Partial Outage',
      '99.87 % uptime',
      90,
      '/uptime/web/',
    ]);
    const group = view.entries[1]!.kind === 'group' ? view.entries[1]!.group : undefined;
    expect(group?.children.map((c) => c.manual)).toEqual([undefined, 'Set by hand.']);
    expect(group?.count).toBe('2 components');
  });

  it('puts open incidents on top and past incidents by day, 15 days, today first', () => {
    const open = fakeIncident('2026-11-28-dhl', { title: 'DHL down' });
    const old = fakeIncident('2026-11-20-web', {
      title: 'Website slow',
      updates: [
        ['resolved', '2026-11-20T11:00:00Z'],
        ['investigating', '2026-11-20T10:00:00Z'],
      ],
    });
    const view = homeView(fakeSiteData({ incidents: [open, old] }));
    expect(view.active.map((i) => [i.title, i.updates.length])).toEqual([['DHL down', 2 - 1]]);
    expect(view.past).toHaveLength(15);
    expect(
      view.past.filter((d) => d.incidents.length > 0).map((d) => [d.date, d.incidents[0]!.title]),
    ).toEqual([
      ['2026-11-28', 'DHL down'],
      ['2026-11-20', 'Website slow'],
    ]);
    expect(view.past[14]!.date).toBe('2026-11-14');
  });

  it('links referenced incidents for the tooltip under the base path', () => {
    const open = fakeIncident('2026-11-28-dhl', { title: 'DHL down' });
    const view = homeView(fakeSiteData({ incidents: [open], url: 'https://example.com/status/' }));
    expect(view.links).toEqual({
      '2026-11-28-dhl': ['DHL down', '/status/incidents/2026-11-28-dhl/'],
    });
    expect(view.historyHref).toBe('/status/history/');
  });
});
