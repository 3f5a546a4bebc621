import { readdir, readFile } from 'node:fs/promises';
import {
  DataSchema,
  dataSchemaVersion,
  HourlyRollup,
  RawRun,
  StatusSegment,
  type Sample,
} from '../../domain/data.ts';
import type { Problem } from '../../domain/problem.ts';
import { dedupeBy, displayPath, readRecords } from './jsonl.ts';
import { layout, namePatterns } from './layout.ts';

/** Everything stored for one component, deduplicated and sorted oldest first. */
export interface ComponentData {
  /** Raw samples (the last days). */
  samples: Sample[];
  /** Hourly latency roll-ups. */
  hourly: HourlyRollup[];
  /** Compacted status history. */
  segments: StatusSegment[];
  /** Damaged lines or files met (the rest still loads). */
  problems: Problem[];
}

/** The file names in a directory matching `pattern`, sorted; none when it does not exist. */
export async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => pattern.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Problems with `data/schema.json`: unreadable, or a version this code does not read. */
export async function schemaProblems(dataDir: string): Promise<Problem[]> {
  const file = layout.schemaFile(dataDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const problem = (message: string): Problem[] => [
    { file: displayPath(file), line: 0, message, severity: 'error' },
  ];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return problem(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = DataSchema.safeParse(value);
  if (!parsed.success) return problem(`expected {"schemaVersion": ${dataSchemaVersion}}`);
  if (parsed.data.schemaVersion !== dataSchemaVersion) {
    return problem(
      `schema version ${parsed.data.schemaVersion}, but this version of the software reads ${dataSchemaVersion}; ` +
        'update the software (or migrate the data) before building',
    );
  }
  return [];
}

/** Reads every file of one kind for a component; problems are collected, never thrown. */
async function readAll<T>(dir: string, pattern: RegExp, schema: import('zod').ZodType<T>) {
  const records: T[] = [];
  const problems: Problem[] = [];
  for (const name of await listFiles(dir, pattern)) {
    const result = await readRecords(`${dir}/${name}`, schema);
    records.push(...result.records);
    problems.push(...result.problems);
  }
  return { records, problems };
}

/** The samples of a raw day file's runs, per component. */
export function runSamples(runs: RawRun[], only?: string): Map<string, Sample[]> {
  const byComponent = new Map<string, Sample[]>();
  for (const run of runs) {
    for (const [id, result] of Object.entries(run.results)) {
      if (only !== undefined && id !== only) continue;
      const list = byComponent.get(id) ?? [];
      list.push({ time: run.time, location: run.location, ...result });
      byComponent.set(id, list);
    }
  }
  return byComponent;
}

/** One sample per time and location (a union merge can repeat or interleave lines), oldest first. */
export function uniqueSamples(samples: Sample[]): Sample[] {
  return dedupeBy(samples, (s) => `${new Date(s.time).toISOString()} ${s.location}`);
}

/** Every raw sample per component (all components, or `only` one), with the damaged lines. */
export async function readRawSamples(
  dataDir: string,
  only?: string,
): Promise<{ samples: Map<string, Sample[]>; problems: Problem[] }> {
  const dir = layout.rawDir(dataDir);
  const { records, problems } = await readAll(dir, namePatterns.raw, RawRun);
  const samples = runSamples(records, only);
  for (const [id, list] of samples) samples.set(id, uniqueSamples(list));
  return { samples, problems };
}

/** Hourly roll-ups and segments of one component. */
export async function readRollups(dataDir: string, componentId: string) {
  const hourly = await readAll(
    layout.hourlyDir(dataDir, componentId),
    namePatterns.hourly,
    HourlyRollup,
  );
  const timeline = await readAll(
    layout.timelineDir(dataDir, componentId),
    namePatterns.timeline,
    StatusSegment,
  );
  return {
    hourly: dedupeBy(hourly.records, (h) => new Date(h.hour).toISOString()),
    segments: dedupeBy(timeline.records, (s) => new Date(s.from).toISOString()),
    problems: [...hourly.problems, ...timeline.problems],
  };
}

/** Reads one component's data; damaged lines become problems, the rest loads. */
export async function readComponentData(
  dataDir: string,
  componentId: string,
): Promise<ComponentData> {
  const raw = await readRawSamples(dataDir, componentId);
  const rollups = await readRollups(dataDir, componentId);
  return {
    samples: raw.samples.get(componentId) ?? [],
    hourly: rollups.hourly,
    segments: rollups.segments,
    problems: [...raw.problems, ...rollups.problems],
  };
}

/**
 * The newest `count` measured samples of a component, newest first (the notifier confirms changes
 * with it). Lines a union merge repeated count once; a check that could not run (error kind
 * `config`, e.g. a missing secret) measured nothing, as on the page, so it is left out.
 */
export async function latestResults(
  dataDir: string,
  componentId: string,
  count: number,
): Promise<Sample[]> {
  const dir = layout.rawDir(dataDir);
  let found: Sample[] = [];
  for (const name of (await listFiles(dir, namePatterns.raw)).reverse()) {
    const { records } = await readRecords(`${dir}/${name}`, RawRun);
    const measured = (runSamples(records, componentId).get(componentId) ?? []).filter(
      (sample) => sample.error?.kind !== 'config',
    );
    found = uniqueSamples([...found, ...measured]);
    if (found.length >= count) break;
  }
  return found.reverse().slice(0, count);
}
