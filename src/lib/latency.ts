import type { HourlyRollup, Sample } from '../domain/data.ts';
import type { LatencyPoint, LatencySeries } from '../domain/model.ts';
import { isoTime } from './store/layout.ts';

const hour = 3_600_000;

/** The 95th percentile by nearest rank of ascending values; null for none. */
export function p95(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.ceil(0.95 * sorted.length) - 1]!;
}

/** Latency roll-ups per UTC hour of samples (any order), oldest first. */
export function hourlyRollups(samples: Sample[]): HourlyRollup[] {
  const byHour = new Map<number, Sample[]>();
  for (const sample of samples) {
    const start = Math.floor(Date.parse(sample.time) / hour) * hour;
    const list = byHour.get(start) ?? [];
    list.push(sample);
    byHour.set(start, list);
  }
  return [...byHour.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, list]) => {
      const latencies = list
        .map((s) => s.latency)
        .filter((l): l is number => l !== null)
        .sort((a, b) => a - b);
      const sum = latencies.reduce((total, l) => total + l, 0);
      return {
        hour: isoTime(start),
        count: list.length,
        failed: list.filter((s) => s.status === 'major_outage').length,
        avg: latencies.length > 0 ? Math.round(sum / latencies.length) : null,
        p95: p95(latencies),
      };
    });
}

/** Chart points of raw samples in [from, to): one per sample with an answer. */
export function rawPoints(samples: Sample[], from: number, to: number): LatencyPoint[] {
  return samples
    .filter((s) => s.latency !== null && Date.parse(s.time) >= from && Date.parse(s.time) < to)
    .map((s) => ({ time: isoTime(Date.parse(s.time)), avg: s.latency!, p95: s.latency! }));
}

/** Chart points of hourly roll-ups in [from, to): the hour's average and 95th percentile. */
export function hourlyPoints(rollups: HourlyRollup[], from: number, to: number): LatencyPoint[] {
  return rollups
    .filter(
      (h) =>
        h.avg !== null && h.p95 !== null && Date.parse(h.hour) >= from && Date.parse(h.hour) < to,
    )
    .map((h) => ({ time: isoTime(Date.parse(h.hour)), avg: h.avg!, p95: h.p95! }));
}

/** Stored roll-ups completed by roll-ups of raw samples for the hours not compacted yet. */
export function allHourly(stored: HourlyRollup[], samples: Sample[]): HourlyRollup[] {
  const fresh = hourlyRollups(samples);
  const freshHours = new Set(fresh.map((h) => Date.parse(h.hour)));
  return [...stored.filter((h) => !freshHours.has(Date.parse(h.hour))), ...fresh].sort(
    (a, b) => Date.parse(a.hour) - Date.parse(b.hour),
  );
}

/** Lengths of the chart periods. */
export const periodLength = { day: 24 * hour, week: 7 * 24 * hour, month: 30 * 24 * hour } as const;

/**
 * The day (raw samples of the last 24 h), week and month (hourly avg and p95) series of one
 * component; `uptimeOf(from, to)` gives the uptime of a period from the status timeline.
 */
export function latencySeries(
  samples: Sample[],
  hourly: HourlyRollup[],
  now: number,
  uptimeOf: (from: number, to: number) => string | null,
): LatencySeries[] {
  const hours = allHourly(hourly, samples);
  return (['day', 'week', 'month'] as const).map((period) => {
    const from = now - periodLength[period];
    const points =
      period === 'day' ? rawPoints(samples, from, now + 1) : hourlyPoints(hours, from, now + 1);
    return { period, points, uptime: uptimeOf(from, now) };
  });
}
