import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { dataSchemaVersion, type RawResult, type RawRun } from '../../domain/data.ts';
import type { ProbeResult } from '../../domain/result.ts';
import { compact, compactionDue } from './compact.ts';
import { appendLines, writeFileAtomic } from './jsonl.ts';
import { layout, runLine, utcDay } from './layout.ts';

/** Settings for appendResults; all optional. */
export interface AppendOptions {
  /** The clock for compaction (default: now). */
  now?: Date;
  /** Probe interval in ms, for the gap rule when compacting (default 5 min). */
  interval?: number;
}

/** The stored form of a probe result: no component, time or location (the line has them), no timings. */
export function toRawResult(result: ProbeResult): RawResult {
  const stored: RawResult = {
    status: result.status,
    latency: result.latency === null ? null : Math.round(result.latency),
    attempts: result.attempts,
  };
  if (result.httpStatus !== undefined) stored.httpStatus = result.httpStatus;
  if (result.error) stored.error = { kind: result.error.kind, message: result.error.message };
  if (result.warning !== undefined) stored.warning = result.warning;
  return stored;
}

/**
 * Appends probe results as one line per run and location to the raw file of the run's UTC day (the
 * only file a run touches), then compacts when a raw day has aged out. Results of one location
 * within half an interval of each other form one run (its time is the earliest check's).
 */
export async function appendResults(
  dataDir: string,
  results: ProbeResult[],
  options: AppendOptions = {},
): Promise<void> {
  await ensureSchemaFile(dataDir);
  const byFile = new Map<string, string[]>();
  for (const run of toRuns(results, options.interval ?? 300_000)) {
    const file = layout.raw(dataDir, utcDay(run.time));
    byFile.set(file, [...(byFile.get(file) ?? []), runLine(run)]);
  }
  for (const [file, lines] of byFile) await appendLines(file, lines);
  const now = options.now ?? new Date();
  if (await compactionDue(dataDir, now)) await compact(dataDir, now, 'UTC', options.interval);
}

/** Groups results into run lines: per location, by time, a component at most once per run. */
export function toRuns(results: ProbeResult[], interval: number): RawRun[] {
  const sorted = [...results].sort(
    (a, b) =>
      (a.location < b.location ? -1 : a.location > b.location ? 1 : 0) ||
      Date.parse(a.time) - Date.parse(b.time),
  );
  const runs: RawRun[] = [];
  let current: RawRun | undefined;
  for (const result of sorted) {
    const joins =
      current &&
      current.location === result.location &&
      Date.parse(result.time) - Date.parse(current.time) < interval / 2 &&
      current.results[result.component] === undefined;
    if (!joins) {
      current = { time: result.time, location: result.location, results: {} };
      runs.push(current);
    }
    current!.results[result.component] = toRawResult(result);
  }
  return runs.sort(
    (a, b) => Date.parse(a.time) - Date.parse(b.time) || (a.location < b.location ? -1 : 1),
  );
}

/** Writes `schema.json` (which layout this is) and `.gitattributes` (union merge) once. */
export async function ensureSchemaFile(dataDir: string): Promise<void> {
  await writeOnce(
    layout.schemaFile(dataDir),
    `${JSON.stringify({ schemaVersion: dataSchemaVersion })}\n`,
  );
  await writeOnce(join(dataDir, '.gitattributes'), gitattributes);
}

/** Lets git merge racing appends by keeping both sides' lines, wherever the data directory is. */
export const gitattributes = [
  '# Written by the probe store (also when STATUS_DATA_DIR points elsewhere): racing runs append to the',
  "# same JSON Lines files; a union merge keeps both sides' lines and the readers dedupe and sort them.",
  '*.jsonl merge=union eol=lf',
  '',
].join('\n');

async function writeOnce(file: string, text: string): Promise<void> {
  try {
    await access(file);
  } catch {
    await writeFileAtomic(file, text);
  }
}
