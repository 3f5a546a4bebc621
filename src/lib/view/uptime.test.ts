import { describe, expect, it } from 'vitest';
import { fakeSiteData } from '../../../tests/support/site-data.ts';
import { uptimeChoices, uptimePaths } from './uptime.ts';

describe('uptime pages', () => {
  it('offers every group and component, labelled as in the seed', () => {
    expect(uptimeChoices(fakeSiteData()).map((c) => [c.label, c.href, c.sub])).toEqual([
      ['Website', '/uptime/web/', false],
      ['Shipping Services', '/uptime/shipping/', false],
      ['Shipping Services - DHL', '/uptime/dhl/', true],
      ['Shipping Services - DPD', '/uptime/dpd/', true],
    ]);
  });

  it('pages calendars by three months with monthly uptime and weekday offset', () => {
    const data = fakeSiteData({ days: 150, outages: { web: { '2026-11-02': [8640, 0] } } });
    const paths = uptimePaths(data).filter((p) => p.props.view.id === 'web');
    expect(paths.map((p) => p.params.path)).toEqual([undefined, 'web', 'web/2']);
    const first = paths[1]!.props.view;
    expect(first.months.map((m) => [m.month, m.uptime, m.offset, m.days.length])).toEqual([
      ['2026-11', '99.64', 6, 28],
      ['2026-10', '100.00', 3, 31],
      ['2026-09', '100.00', 1, 30],
    ]);
    // 150 days back from 28 Nov starts on 2 Jul (1 Jul is a Wednesday: 2 blanks + 1 missing day).
    expect(paths[2]!.props.view.months.map((m) => [m.month, m.offset, m.days.length])).toEqual([
      ['2026-08', 5, 31],
      ['2026-07', 3, 30],
    ]);
  });
});
