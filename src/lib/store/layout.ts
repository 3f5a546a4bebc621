import { join } from 'node:path';
import type { HourlyRollup, RawResult, RawRun, StatusSegment } from '../../domain/data.ts';

/** Raw samples are kept for today and this many previous UTC days (≥ 48 h for the day chart). */
export const rawDaysKept = 3;
/** Hourly roll-ups are kept at least this many days (week and month charts need 35). */
export const hourlyDaysKept = 40;

/** Key orders of each record kind: one serialisation per record (nested keys listed too). */
export const resultKeys = [
  'status',
  'latency',
  'httpStatus',
  'error',
  'kind',
  'message',
  'warning',
  'attempts',
] as const satisfies readonly (keyof RawResult | 'kind' | 'message')[];
export const hourlyKeys = [
  'hour',
  'count',
  'failed',
  'avg',
  'p95',
] as const satisfies readonly (keyof HourlyRollup)[];
export const segmentKeys = [
  'from',
  'to',
  'status',
] as const satisfies readonly (keyof StatusSegment)[];

/** Where each kind of file lives. */
export const layout = {
  schemaFile: (dataDir: string) => join(dataDir, 'schema.json'),
  rawDir: (dataDir: string) => join(dataDir, 'raw'),
  hourlyDir: (dataDir: string, component?: string) =>
    join(dataDir, 'hourly', ...(component ? [component] : [])),
  timelineDir: (dataDir: string, component?: string) =>
    join(dataDir, 'timeline', ...(component ? [component] : [])),
  raw: (dataDir: string, day: string) => join(dataDir, 'raw', `${day}.jsonl`),
  hourly: (dataDir: string, component: string, month: string) =>
    join(dataDir, 'hourly', component, `${month}.jsonl`),
  timeline: (dataDir: string, component: string, year: string) =>
    join(dataDir, 'timeline', component, `${year}.jsonl`),
};

/** File names each directory may hold. */
export const namePatterns = {
  raw: /^\d{4}-\d{2}-\d{2}\.jsonl$/,
  hourly: /^\d{4}-\d{2}\.jsonl$/,
  timeline: /^\d{4}\.jsonl$/,
};

/** A leftover of a killed atomic write. */
export const tempPattern = /\.tmp-\d+-[0-9a-f]+$/;

/** The UTC day (YYYY-MM-DD) of an ISO time or epoch ms. */
export function utcDay(time: string | number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Canonical ISO form of a time in whole seconds when it has no milliseconds (shorter lines). */
export function isoTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** A run as one line: fixed keys, components in alphabetical order, each result's keys fixed. */
export function runLine(run: RawRun): string {
  const results = Object.keys(run.results)
    .sort()
    .map(
      (id) =>
        `${JSON.stringify(id)}:${JSON.stringify(run.results[id], resultKeys as unknown as string[])}`,
    );
  return `{"time":${JSON.stringify(run.time)},"location":${JSON.stringify(run.location)},"results":{${results.join(',')}}}`;
}
