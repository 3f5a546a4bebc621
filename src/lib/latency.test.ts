import { describe, expect, it } from 'vitest';
import type { HourlyRollup, Sample } from '../domain/data.ts';
import { allHourly, hourlyRollups, latencySeries, p95 } from './latency.ts';

const sample = (
  time: string,
  latency: number | null,
  status: Sample['status'] = 'operational',
): Sample => ({
  time,
  location: 'eu',
  status,
  latency,
  attempts: 1,
});

describe('p95 (nearest rank)', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 19],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 900], 900],
  ])('%o → %s', (values, expected) => {
    expect(p95(values)).toBe(expected);
  });
});

describe('hourlyRollups', () => {
  it('averages answered samples per UTC hour and counts failures', () => {
    const samples = [
      sample('2026-11-28T10:00:00Z', 100),
      sample('2026-11-28T10:05:00Z', 201),
      sample('2026-11-28T10:10:00Z', null, 'major_outage'),
      sample('2026-11-28T11:00:00Z', 50),
    ];
    expect(hourlyRollups(samples)).toEqual([
      { hour: '2026-11-28T10:00:00Z', count: 3, failed: 1, avg: 151, p95: 201 },
      { hour: '2026-11-28T11:00:00Z', count: 1, failed: 0, avg: 50, p95: 50 },
    ]);
  });

  it('raw samples replace stored roll-ups of the same hour', () => {
    const stored: HourlyRollup[] = [
      { hour: '2026-11-28T09:00:00Z', count: 12, failed: 0, avg: 90, p95: 120 },
      { hour: '2026-11-28T10:00:00Z', count: 1, failed: 0, avg: 1, p95: 1 },
    ];
    expect(
      allHourly(stored, [sample('2026-11-28T10:30:00Z', 70)]).map((h) => [h.hour, h.avg]),
    ).toEqual([
      ['2026-11-28T09:00:00Z', 90],
      ['2026-11-28T10:00:00Z', 70],
    ]);
  });
});

describe('latencySeries', () => {
  it('day: raw points of the last 24 h; week and month: hourly points; each with its uptime', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    const samples = [
      sample('2026-11-27T11:59:00Z', 10),
      sample('2026-11-27T12:00:00Z', 20),
      sample('2026-11-28T11:55:00Z', 30),
    ];
    const hourly: HourlyRollup[] = [
      { hour: '2026-11-20T08:00:00Z', count: 12, failed: 0, avg: 80, p95: 99 },
    ];
    const periods: string[] = [];
    const series = latencySeries(samples, hourly, now, (from, to) => {
      periods.push(`${(to - from) / 86_400_000}d`);
      return '99.90';
    });
    expect(series.map((s) => [s.period, s.points.length, s.uptime])).toEqual([
      ['day', 2, '99.90'],
      ['week', 3, '99.90'],
      ['month', 4, '99.90'],
    ]);
    expect(series[0]!.points[0]).toEqual({ time: '2026-11-27T12:00:00Z', avg: 20, p95: 20 });
    expect(series[2]!.points[0]).toEqual({ time: '2026-11-20T08:00:00Z', avg: 80, p95: 99 });
    expect(periods).toEqual(['1d', '7d', '30d']);
  });
});
