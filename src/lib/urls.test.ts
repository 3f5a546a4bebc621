import { describe, expect, it } from 'vitest';
import { siteUrls } from './urls.ts';

describe.each([
  { site: 'https://status.example.com/', base: '/' },
  { site: 'https://example.github.io/status', base: '/status/' },
])('siteUrls($site)', ({ site, base }) => {
  const urls = siteUrls(site);
  it.each([
    [urls.home(), `${base}`],
    [urls.incident('2026-11-28-dhl'), `${base}incidents/2026-11-28-dhl/`],
    [urls.history(), `${base}history/`],
    [urls.history(2), `${base}history/2/`],
    [urls.uptime(), `${base}uptime/`],
    [urls.uptime('dhl', 3), `${base}uptime/dhl/3/`],
    [urls.metricsData(), `${base}metrics/data.json`],
    [urls.feed('atom'), `${base}history.atom`],
    [urls.feed('rss', 'dhl'), `${base}components/dhl/history.rss`],
    [urls.api('summary.json'), `${base}api/v2/summary.json`],
    [urls.badge('dhl', 'uptime'), `${base}api/badges/dhl/uptime.json`],
    [urls.calendar(), `${base}maintenance.ics`],
  ])('%s is %s', (actual, expected) => expect(actual).toBe(expected));

  it('makes absolute URLs on the site origin', () => {
    expect(urls.absolute(urls.history())).toBe(new URL(`${base}history/`, site).href);
  });
});
