import type { DaySeconds } from '../domain/model.ts';

/** Seconds of every kind, all zero. */
export function emptySeconds(): DaySeconds {
  return { major: 0, partial: 0, degraded: 0, maintenance: 0, noData: 0, covered: 0 };
}

/** Adds `b` into a copy of `a`. */
export function addSeconds(a: DaySeconds, b: DaySeconds): DaySeconds {
  return {
    major: a.major + b.major,
    partial: a.partial + b.partial,
    degraded: a.degraded + b.degraded,
    maintenance: a.maintenance + b.maintenance,
    noData: a.noData + b.noData,
    covered: a.covered + b.covered,
  };
}

/** Downtime that lowers uptime: major + 0.3 × partial (Statuspage's weights). */
export function weightedDowntime(seconds: DaySeconds): number {
  return seconds.major + 0.3 * seconds.partial;
}

/**
 * Uptime = 1 − (major + 0.3·partial) / covered, as a percentage TRUNCATED to 2 decimals
 * ("99.877" → "99.87"), as Statuspage shows it; null without covered time.
 */
export function uptimePercent(seconds: DaySeconds): string | null {
  if (seconds.covered <= 0) return null;
  const down = Math.min(weightedDowntime(seconds), seconds.covered);
  // A tiny epsilon keeps exact values (99.87 computed as 99.869999…) from truncating one step low.
  const hundredths = Math.floor(((seconds.covered - down) / seconds.covered) * 10_000 + 1e-6);
  return (hundredths / 100).toFixed(2);
}
