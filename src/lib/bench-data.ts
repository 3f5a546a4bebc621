import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalogue } from '../domain/catalogue.ts';
import type { ProbeResult } from '../domain/result.ts';
import { buildAggregates } from './aggregate.ts';
import { changes, fastImport, packSize, treeBytes } from './bench-git.ts';
import { mulberry32 } from './simulate-model.ts';
import { writeSimulatedHistory } from './simulate.ts';
import { readStore } from './site-data.ts';
import { appendResults, compact } from './store.ts';

/** What benchDataGrowth simulates. */
export interface DataGrowthOptions {
  /** The catalogue whose probed components run. */
  catalogue: Catalogue;
  /** Days of 5-minute runs to commit (default 7). */
  days?: number;
  /** Start of the simulated runs (default 2026-01-05T00:00Z). */
  start?: Date;
  /** Where to build the repository (default: a temp dir, removed afterwards). */
  workDir?: string;
}

/** How the data grows in git. */
export interface DataGrowth {
  /** Runs committed. */
  runs: number;
  /** Probed components. */
  components: number;
  /** Bytes in data/ after the last compaction. */
  dataBytes: number;
  /** Bytes of data/ per component-day kept forever (status segments). */
  bytesPerComponentDay: number;
  /** Bytes per component-day of hourly roll-ups (kept 40 days). */
  hourlyBytesPerComponentDay: number;
  /** Bytes per component-day of raw runs (kept 3 days). */
  rawBytesPerComponentDay: number;
  /** Size of the repository's packed history after `git repack -a -d -f`. */
  packedBytes: number;
  /** Packed bytes per component-day. */
  packedBytesPerComponentDay: number;
  /** packedBytes extrapolated to a year. */
  packedBytesPerYear: number;
  /** Seconds spent running and committing (before packing). */
  loopSeconds: number;
  /** Seconds the benchmark took. */
  seconds: number;
}

const interval = 300_000;
const day = 86_400_000;

/**
 * Simulates `days` of 5-minute probe runs as real git commits (one per run, through the real
 * store: append, compaction), packs the repository and measures bytes per component-day.
 */
export async function benchDataGrowth(options: DataGrowthOptions): Promise<DataGrowth> {
  const began = performance.now();
  const days = options.days ?? 7;
  const start = (options.start ?? new Date('2026-01-05T00:00:00Z')).getTime();
  const repo = options.workDir ?? (await mkdtemp(join(tmpdir(), 'bench-data-')));
  const dataDir = join(repo, 'data');
  const probed = options.catalogue.components.filter((c) => c.check);
  const random = mulberry32(42);
  try {
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    const importer = fastImport(repo);
    const seen = new Map<string, string>();
    const runs = (days * day) / interval;
    for (let i = 0; i < runs; i++) {
      const time = start + i * interval + Math.floor(random() * 60) * 1000;
      const results: ProbeResult[] = probed.map((c) => ({
        component: c.id,
        time: new Date(time).toISOString(),
        status: random() < 0.002 ? 'major_outage' : 'operational',
        latency: Math.round(80 + random() * 200),
        httpStatus: 200,
        attempts: 1,
        location: 'default',
      }));
      await appendResults(dataDir, results, { now: new Date(time + 30_000) });
      await importer.commit(
        await changes(repo, dataDir, seen),
        time,
        `probe run ${new Date(time).toISOString()}`,
      );
    }
    const end = start + days * day;
    await compact(dataDir, new Date(end), 'UTC');
    await importer.commit(await changes(repo, dataDir, seen), end, 'compact');
    await importer.close();
    const loopSeconds = (performance.now() - began) / 1000;
    // Recompute deltas as a push or a server repack would (fast-import's own deltas are cruder).
    execFileSync('git', ['-C', repo, 'repack', '-a', '-d', '-f', '-q']);
    const packedBytes = await packSize(repo);
    const dataBytes = await treeBytes(dataDir);
    const compactedDays = probed.length * Math.max(1, days - 2);
    const componentDays = probed.length * days;
    return {
      runs,
      components: probed.length,
      dataBytes,
      bytesPerComponentDay: Math.round(
        (await treeBytes(join(dataDir, 'timeline'))) / compactedDays,
      ),
      hourlyBytesPerComponentDay: Math.round(
        (await treeBytes(join(dataDir, 'hourly'))) / compactedDays,
      ),
      rawBytesPerComponentDay: Math.round(
        (await treeBytes(join(dataDir, 'raw'))) / (probed.length * Math.min(days, 3)),
      ),
      packedBytes,
      packedBytesPerComponentDay: Math.round(packedBytes / componentDays),
      packedBytesPerYear: Math.round((packedBytes / days) * 365),
      loopSeconds,
      seconds: (performance.now() - began) / 1000,
    };
  } finally {
    if (!options.workDir) await rm(repo, { recursive: true, force: true });
  }
}

/** The timing of "all aggregates": read and compute 1 year of history for the catalogue. */
export async function benchAggregates(options: {
  catalogue: Catalogue;
  timezone: string;
  days?: number;
}): Promise<{
  simulateSeconds: number;
  readSeconds: number;
  computeSeconds: number;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-aggregates-'));
  try {
    const now = new Date('2026-11-28T12:00:00Z');
    let t = performance.now();
    await writeSimulatedHistory(dir, options.catalogue, {
      days: options.days ?? 365,
      now,
      timezone: options.timezone,
      seed: 1,
    });
    const simulateSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const { data } = await readStore(dir, options.catalogue);
    const readSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    buildAggregates({
      catalogue: options.catalogue,
      data,
      incidents: [],
      now,
      timezone: options.timezone,
    });
    return { simulateSeconds, readSeconds, computeSeconds: (performance.now() - t) / 1000 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
