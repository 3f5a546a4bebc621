import { describe, expect, it } from 'vitest';
import { fakeSiteData } from '../../../tests/support/site-data.ts';
import { layoutView } from './layout.ts';
import { subscribeView } from './subscribe.ts';

describe.each([
  ['https://status.example.com/', '/'],
  ['https://example.com/status/', '/status/'],
])('frame and subscribe page at %s', (url, base) => {
  const data = fakeSiteData({ url });

  it('links feeds, API and calendar under the base path', () => {
    const layout = layoutView(data, (t) => t.history);
    expect(layout.title).toBe('Incident history · Example Status');
    expect(layout.feeds).toEqual({ rss: `${base}history.rss`, atom: `${base}history.atom` });
    expect(layout.footer.map((link) => link.href)).toEqual([
      `${base}history/`,
      `${base}uptime/`,
      `${base}metrics/`,
      `${base}history.rss`,
      `${base}history.atom`,
      `${base}api/v2/summary.json`,
      `${base}maintenance.ics`,
    ]);
  });

  it('gives absolute URLs to copy, the Slack command and feeds per group and component', () => {
    const view = subscribeView(data);
    expect(view.slackCommand).toBe(`/feed subscribe ${url}history.rss`);
    expect(view.calendar.webcal).toBe(`${url.replace('https:', 'webcal:')}maintenance.ics`);
    expect(view.components.map((c) => [c.name, c.rss])).toEqual([
      ['Website', `${base}components/web/history.rss`],
      ['Shipping Services', `${base}components/shipping/history.rss`],
      ['Shipping Services - DHL', `${base}components/dhl/history.rss`],
      ['Shipping Services - DPD', `${base}components/dpd/history.rss`],
    ]);
  });
});

describe('German', () => {
  it('titles pages in German', () => {
    const layout = layoutView(fakeSiteData({ language: 'de' }), (t) => t.history);
    expect([layout.language, layout.title, layout.t.subscribe]).toEqual([
      'de',
      'Vorfallsverlauf · Example Status',
      'Updates abonnieren',
    ]);
  });
});
