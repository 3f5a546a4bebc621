import { describe, expect, it } from 'vitest';
import type { Span } from '../domain/data.ts';
import { groupDays, secondsPerDay, summarise } from './day-summary.ts';
import { dayBounds } from './zoned-days.ts';

const hour = 3_600_000;

describe('secondsPerDay in Europe/Berlin across DST changes', () => {
  it.each([
    ['2026-03-29', 23 * 3600],
    ['2026-10-25', 25 * 3600],
    ['2026-11-28', 24 * 3600],
  ])('%s has %i seconds', (date, length) => {
    const [from, to] = dayBounds(date, 'Europe/Berlin');
    const spans: Span[] = [{ from: from - hour, to: to + hour, status: 'operational' }];
    const [seconds] = secondsPerDay(spans, [date], 'Europe/Berlin', to + 10 * hour);
    expect(seconds).toEqual({
      major: 0,
      partial: 0,
      degraded: 0,
      maintenance: 0,
      noData: 0,
      covered: length,
    });
  });

  it('splits kinds at local midnight; today counts only up to now', () => {
    const [from] = dayBounds('2026-10-25', 'Europe/Berlin'); // 2026-10-24T22:00Z
    const spans: Span[] = [
      { from: from - hour, to: from + hour, status: 'major_outage' },
      { from: from + hour, to: from + 2 * hour, status: 'partial_outage' },
      { from: from + 2 * hour, to: from + 3 * hour, status: 'under_maintenance' },
      { from: from + 3 * hour, to: from + 4 * hour, status: 'no_data' },
      { from: from + 4 * hour, to: from + 30 * hour, status: 'degraded_performance' },
    ];
    const days = secondsPerDay(
      spans,
      ['2026-10-24', '2026-10-25'],
      'Europe/Berlin',
      from + 10 * hour,
    );
    expect(days).toEqual([
      { major: 3600, partial: 0, degraded: 0, maintenance: 0, noData: 0, covered: 3600 },
      {
        major: 3600,
        partial: 3600,
        degraded: 6 * 3600,
        maintenance: 3600,
        noData: 3600,
        covered: 8 * 3600,
      },
    ]);
  });
});

describe('summarise', () => {
  const base = { major: 0, partial: 0, degraded: 0, maintenance: 0, noData: 0, covered: 86_400 };
  it.each([
    [{ ...base }, 'ok', '#229922', '100.00'],
    [{ ...base, major: 1184 }, 'outage', '#ffc40d', '98.62'],
    [{ ...base, partial: 1184 / 0.3 }, 'outage', '#ffc40d', '98.62'],
    [{ ...base, covered: 0, noData: 86_400 }, 'no_data', '#b3bac5', null],
    [{ ...base, covered: 0, maintenance: 86_400 }, 'maintenance', '#3498db', null],
    [{ ...base, covered: 82_800, maintenance: 3600 }, 'maintenance', '#3498db', '100.00'],
  ] as const)('%o → %s %s %s', (seconds, kind, colour, uptime) => {
    expect(summarise('2026-11-28', seconds, [])).toMatchObject({ kind, colour, uptime });
  });

  it('a group sums its components and counts those with an outage', () => {
    const a = summarise('2026-11-28', { ...base, major: 600 }, ['x']);
    const b = summarise('2026-11-28', { ...base, partial: 600 }, ['x', 'y']);
    const c = summarise('2026-11-28', base, []);
    const [group] = groupDays([[a], [b], [c]]);
    expect(group).toEqual({
      date: '2026-11-28',
      seconds: {
        major: 600,
        partial: 600,
        degraded: 0,
        maintenance: 0,
        noData: 0,
        covered: 3 * 86_400,
      },
      kind: 'outage',
      // w = 600 + 0.3 × 600 = 780 s: 60.3 % of the way from #a0b116 (166 s) to #ffc40d (1184 s).
      colour: '#d9bc11',
      uptime: '99.69',
      incidents: ['x', 'y'],
      componentsWithOutage: 2,
    });
  });
});
