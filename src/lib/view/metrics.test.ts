import { describe, expect, it } from 'vitest';
import { fakeSiteData } from '../../../tests/support/site-data.ts';
import { compactPoints, metricsView } from './metrics.ts';
import { addMonths, monthsBetween } from './paging.ts';

describe('metricsView', () => {
  it('embeds compact series and uptime per period for probed components only', () => {
    const data = fakeSiteData();
    data.latency.set('web', [
      {
        period: 'day',
        points: [{ time: '2026-11-28T10:00:00Z', avg: 120.4, p95: 130.6 }],
        uptime: '99.50',
      },
      { period: 'week', points: [], uptime: null },
    ]);
    const view = metricsView(data);
    expect(view.cards.map((c) => c.id)).toEqual(['web', 'dhl']);
    expect(view.cards[0]!.uptime).toEqual({
      day: '99.50 % uptime',
      week: 'No data',
      month: 'No data',
    });
    expect(view.series.day['web']).toEqual([
      [Date.parse('2026-11-28T10:00:00Z') / 60_000, 120, 131],
    ]);
    expect(view.series.month['dhl']).toEqual([]);
  });
});

describe('compactPoints', () => {
  it('counts minutes from the previous point and drops a p95 equal to the average', () => {
    const t0 = Date.parse('2026-11-28T10:00:00Z');
    const at = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();
    expect(
      compactPoints([
        { time: at(0), avg: 120.4, p95: 120.4 },
        { time: at(5), avg: 98, p95: 98 },
        { time: at(65), avg: 101.6, p95: 240.2 },
      ]),
    ).toEqual([
      [t0 / 60_000, 120],
      [5, 98],
      [60, 102, 240],
    ]);
  });
});

describe('months', () => {
  it.each([
    ['2026-11', -2, '2026-09'],
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
  ])('%s %i → %s', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected);
  });

  it('lists months newest first across a year', () => {
    expect(monthsBetween('2026-02', '2025-11')).toEqual([
      '2026-02',
      '2026-01',
      '2025-12',
      '2025-11',
    ]);
  });
});
