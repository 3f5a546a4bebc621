import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  HourlyRollup as HourlySchema,
  RawRun,
  StatusSegment as SegmentSchema,
  type Sample,
  type StatusSegment,
} from '../../domain/data.ts';
import { hourlyRollups } from '../latency.ts';
import { probeRuns, runSpans } from '../timeline.ts';
import { dedupeBy, readRecords, toLine, writeFileAtomic } from './jsonl.ts';
import {
  hourlyDaysKept,
  hourlyKeys,
  isoTime,
  layout,
  namePatterns,
  rawDaysKept,
  segmentKeys,
  tempPattern,
} from './layout.ts';
import { listFiles, runSamples, uniqueSamples } from './read.ts';

const day = 86_400_000;

/**
 * Rolls raw days that aged out (older than today and the 2 days before, UTC) into hourly latency
 * roll-ups and status segments, then removes them; drops hourly months older than 40 days.
 * Idempotent: a day's lines are replaced, never added twice, and a raw file goes only after its
 * roll-ups are written (a damaged one stays, so `npm run check` keeps naming it).
 * Stored roll-ups are zone-free (UTC hours, exact segments), so `timezone` only documents the
 * contract: days in the page's zone are cut at read time, and the zone may change later.
 */
export async function compact(
  dataDir: string,
  now: Date,
  timezone: string,
  interval = 300_000,
): Promise<void> {
  void timezone;
  await removeLeftovers(dataDir);
  const cutoff = new Date(now.getTime() - (rawDaysKept - 1) * day).toISOString().slice(0, 10);
  const days = await listFiles(layout.rawDir(dataDir), namePatterns.raw);
  for (const [i, name] of days.entries()) {
    const date = name.slice(0, 10);
    if (date >= cutoff) break;
    await compactDay(dataDir, date, days[i + 1], interval);
  }
  await dropOldHourly(dataDir, now);
}

/** Due when some raw day has aged out; cheap enough to ask after every run. */
export async function compactionDue(dataDir: string, now: Date): Promise<boolean> {
  const cutoff = new Date(now.getTime() - (rawDaysKept - 1) * day).toISOString().slice(0, 10);
  const first = (await listFiles(layout.rawDir(dataDir), namePatterns.raw))[0];
  return first !== undefined && first.slice(0, 10) < cutoff;
}

async function compactDay(
  dataDir: string,
  date: string,
  nextName: string | undefined,
  interval: number,
): Promise<void> {
  const file = layout.raw(dataDir, date);
  const { records, problems } = await readRecords(file, RawRun);
  // The next runs decide where this day's last spans end (the gap rule needs them).
  const next = nextName
    ? runSamples((await readRecords(join(layout.rawDir(dataDir), nextName), RawRun)).records)
    : new Map();
  const [start, end] = [Date.parse(`${date}T00:00:00Z`), Date.parse(`${date}T00:00:00Z`) + day];
  const inDay = (time: string) => Date.parse(time) >= start && Date.parse(time) < end;
  let complete = !problems.some((p) => p.severity === 'error');
  for (const [component, list] of runSamples(records)) {
    const samples = uniqueSamples(list);
    // Only a measured run ends the day's last span (as at read time: see probeRuns).
    const following = (next.get(component) ?? [])
      .filter((s: Sample) => s.error?.kind !== 'config')
      .map((s: Sample) => Date.parse(s.time));
    const until = following.length > 0 ? Math.min(...following) : Infinity;
    const segments: StatusSegment[] = runSpans(probeRuns(samples, interval), interval, until).map(
      (s) => ({
        from: isoTime(s.from),
        to: isoTime(s.to),
        status: s.status as Sample['status'],
      }),
    );
    const timelineWritten = await replaceLines(
      layout.timeline(dataDir, component, date.slice(0, 4)),
      SegmentSchema,
      (s) => inDay(s.from),
      segments,
      (s) => s.from,
      segmentKeys,
    );
    const hourlyWritten = await replaceLines(
      layout.hourly(dataDir, component, date.slice(0, 7)),
      HourlySchema,
      (h) => inDay(h.hour),
      hourlyRollups(samples),
      (h) => h.hour,
      hourlyKeys,
    );
    complete = complete && timelineWritten && hourlyWritten;
  }
  // A damaged raw file stays (its good lines are rolled up), so `npm run check` keeps naming it;
  // so does one whose roll-up file is damaged, so nothing is lost until a person fixes it.
  if (complete) await rm(file);
}

/**
 * Rewrites a roll-up file with the lines `replaced` selects swapped for `fresh`, sorted. A damaged
 * file is left as it is (rewriting would drop its damaged lines): false then.
 */
async function replaceLines<T extends object>(
  file: string,
  schema: import('zod').ZodType<T>,
  replaced: (record: T) => boolean,
  fresh: T[],
  key: (record: T) => string,
  keys: readonly string[],
): Promise<boolean> {
  let existing: T[] = [];
  try {
    const read = await readRecords(file, schema);
    if (read.problems.length > 0) return false;
    existing = read.records;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const kept = existing.filter((r) => !replaced(r));
  const all = dedupeBy([...kept, ...fresh], (r) => new Date(key(r)).toISOString());
  if (all.length > 0) await writeFileAtomic(file, all.map((r) => `${toLine(r, keys)}\n`).join(''));
  return true;
}

async function dropOldHourly(dataDir: string, now: Date): Promise<void> {
  const oldest = new Date(now.getTime() - hourlyDaysKept * day).toISOString().slice(0, 7);
  for (const component of await listDirs(layout.hourlyDir(dataDir))) {
    for (const name of await listFiles(layout.hourlyDir(dataDir, component), namePatterns.hourly)) {
      // A month goes only when all of it is older than the retention.
      if (name.slice(0, 7) < oldest) await rm(layout.hourly(dataDir, component, name.slice(0, 7)));
    }
  }
}

/** Removes temp files of killed atomic writes (older than a minute, so a running writer is safe). */
async function removeLeftovers(dataDir: string): Promise<void> {
  const dirs = [layout.rawDir(dataDir)];
  for (const kind of ['hourly', 'timeline'] as const) {
    for (const component of await listDirs(join(dataDir, kind)))
      dirs.push(join(dataDir, kind, component));
  }
  for (const dir of dirs) {
    for (const name of await listFiles(dir, tempPattern)) {
      const path = join(dir, name);
      // File times are wall-clock, so compare with the real clock, not the simulated `now`.
      if (Date.now() - (await stat(path)).mtimeMs > 60_000) await rm(path, { force: true });
    }
  }
}

/** Sub-directory names of `dir`, sorted; none when it does not exist. */
export async function listDirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
