import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalogue } from '../domain/catalogue.ts';
import type { RawRun, Sample, StatusSegment } from '../domain/data.ts';
import type { ComponentStatus, ProbeStatus } from '../domain/status.ts';
import { hourlyRollups } from './latency.ts';
import { ensureSchemaFile } from './store/append.ts';
import { toLine, writeFileAtomic } from './store/jsonl.ts';
import {
  hourlyDaysKept,
  hourlyKeys,
  isoTime,
  layout,
  rawDaysKept,
  runLine,
  segmentKeys,
  utcDay,
} from './store/layout.ts';
import {
  day,
  hash,
  mulberry32,
  randomDisturbances,
  sampleAt,
  schedule,
  statuses,
} from './simulate-model.ts';
import { runSpans, type ProbeRun } from './timeline.ts';

/** A disturbance the simulated history must contain (on top of the seeded random ones). */
export interface SimulatedIncident {
  /** The component hit. */
  component: string;
  /** Start. */
  from: Date;
  /** End. */
  to: Date;
  /** What the probes measured meanwhile. */
  status: Exclude<ComponentStatus, 'under_maintenance' | 'operational'>;
}

/** How much history to simulate, and from which seed. */
export interface SimulateOptions {
  /** Days of history up to `now`. */
  days: number;
  /** The end of the history. */
  now: Date;
  /** The page's zone (stored data is zone-free; kept for the contract). */
  timezone: string;
  /** Random seed (default 1): the same seed writes the same files. */
  seed?: number;
  /** Disturbances to include exactly. */
  incidents?: SimulatedIncident[];
  /** Probe interval in ms (default: the catalogue's). */
  interval?: number;
}

/**
 * Writes realistic, deterministic probe history in the real data format: mostly healthy, a few
 * outages of minutes to an hour, some degraded stretches, late or missing runs. Raw runs for the
 * days compaction keeps, hourly roll-ups for 40 days, status segments for all of it.
 * Replaces what `dataDir` held.
 */
export async function writeSimulatedHistory(
  dataDir: string,
  catalogue: Catalogue,
  options: SimulateOptions,
): Promise<void> {
  const interval = options.interval ?? catalogue.interval;
  const now = options.now.getTime();
  const seed = options.seed ?? 1;
  const start = Math.ceil((now - options.days * day) / interval) * interval;
  for (const kind of ['raw', 'hourly', 'timeline'])
    await rm(join(dataDir, kind), { recursive: true, force: true });
  await ensureSchemaFile(dataDir);
  const times = schedule(mulberry32(hash(`${seed}:schedule`)), start, now, interval);
  const rawFrom = Date.parse(`${utcDay(now - (rawDaysKept - 1) * day)}T00:00:00Z`);
  const rawRuns = new Map<number, RawRun>();
  for (const component of catalogue.components) {
    if (!component.check) continue;
    const random = mulberry32(hash(`${seed}:${component.id}`));
    const extra = (options.incidents ?? [])
      .filter((i) => i.component === component.id)
      .map((i) => ({ from: i.from.getTime(), to: i.to.getTime(), status: i.status }));
    const disturbances = [...randomDisturbances(random, start, now), ...extra].sort(
      (a, b) => a.from - b.from,
    );
    const runs = statuses(times, disturbances);
    const base = 60 + random() * 300;
    const threshold = component.check.degradedAfter;
    const toSample = (run: ProbeRun) => sampleAt(run.time, run.status, base, threshold, random);
    await writeRollups(
      dataDir,
      component.id,
      runs.filter((r) => r.time < rawFrom),
      toSample,
      now,
      interval,
      runs,
    );
    for (const run of runs.filter((r) => r.time >= rawFrom)) {
      const line = rawRuns.get(run.time) ?? {
        time: isoTime(run.time),
        location: 'default',
        results: {},
      };
      const { time: _time, location: _location, ...result } = toSample(run);
      line.results[component.id] = result;
      rawRuns.set(run.time, line);
    }
  }
  const rawDays = new Map<string, string[]>();
  for (const [time, run] of [...rawRuns].sort(([a], [b]) => a - b)) {
    rawDays.set(utcDay(time), [...(rawDays.get(utcDay(time)) ?? []), runLine(run)]);
  }
  for (const [date, lines] of rawDays) await writeLines(layout.raw(dataDir, date), lines);
}

/** Writes compacted history as compaction would have left it: segments, hourly roll-ups. */
async function writeRollups(
  dataDir: string,
  id: string,
  runs: ProbeRun[],
  toSample: (run: ProbeRun) => Sample,
  now: number,
  interval: number,
  all: ProbeRun[],
): Promise<void> {
  const hourlyFrom = Date.parse(
    `${new Date(now - hourlyDaysKept * day).toISOString().slice(0, 7)}-01T00:00:00Z`,
  );
  const segments = new Map<string, string[]>();
  const hourly = new Map<string, Sample[]>();
  const append = <T>(map: Map<string, T[]>, key: string, values: T[]) => {
    const list = map.get(key);
    if (list) list.push(...values);
    else map.set(key, values);
  };
  let i = 0;
  while (i < runs.length) {
    // Days are cut by integer maths: formatting 100,000 dates would dominate the run time.
    const dayStart = Math.floor(runs[i]!.time / day) * day;
    let j = i;
    while (j < runs.length && runs[j]!.time < dayStart + day) j++;
    const dayRuns = runs.slice(i, j);
    const date = utcDay(dayStart);
    const lines = runSpans(dayRuns, interval, all[j]?.time ?? Infinity).map((span) => {
      const segment: StatusSegment = {
        from: isoTime(span.from),
        to: isoTime(span.to),
        status: span.status as ProbeStatus,
      };
      return toLine(segment, segmentKeys);
    });
    append(segments, date.slice(0, 4), lines);
    if (dayStart >= hourlyFrom) append(hourly, date.slice(0, 7), dayRuns.map(toSample));
    i = j;
  }
  for (const [year, lines] of segments) await writeLines(layout.timeline(dataDir, id, year), lines);
  for (const [month, samples] of hourly) {
    await writeLines(
      layout.hourly(dataDir, id, month),
      hourlyRollups(samples).map((h) => toLine(h, hourlyKeys)),
    );
  }
}

function writeLines(file: string, lines: string[]): Promise<void> {
  return writeFileAtomic(file, lines.map((l) => `${l}\n`).join(''));
}
