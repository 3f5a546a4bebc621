import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../../src/lib/config.ts';
import { writeSimulatedHistory } from '../../src/lib/simulate.ts';
import { writeIncidentFiles } from '../demo/incidents.ts';
import { astroBin, projectRoot } from '../demo/steps.ts';
import { generateIncidents } from './incidents.ts';
import { measureNode } from './measure.ts';
import { summarise } from './probe-memory.ts';

/** Build cost of the example catalogue with `days` of history and `incidents` incidents. */
export interface BuildCost {
  incidents: number;
  /** Median wall time of `astro build`, ms. */
  ms: number;
  /** Peak memory of the build, bytes (largest of the runs). */
  maxRss: number | undefined;
  /** Where the last build went (for the page weights). */
  dist: string;
}

/** Builds the site in `dir` once per incident count, `runs` times each. */
export async function benchBuild(
  dir: string,
  counts: number[],
  days: number,
  runs: number,
): Promise<BuildCost[]> {
  const config = join(dir, 'status.config.yaml');
  const data = join(dir, 'data');
  await copyFile(join(projectRoot, 'status.config.yaml'), config);
  const loaded = loadConfig(config);
  const now = new Date();
  const timezone = loaded.config.site.timezone;
  await writeSimulatedHistory(data, loaded.catalogue, { days, now, timezone, seed: 1 });
  const ids = loaded.catalogue.components.map((c) => c.id);
  const costs: BuildCost[] = [];
  for (const count of counts) {
    const incidents = join(dir, `incidents-${count}`);
    const dist = join(dir, `dist-${count}`);
    await rm(incidents, { recursive: true, force: true });
    await mkdir(incidents, { recursive: true });
    await writeIncidentFiles(incidents, generateIncidents(count, ids, { now, days, timezone }));
    const env = {
      STATUS_CONFIG: config,
      STATUS_DATA_DIR: data,
      STATUS_INCIDENTS_DIR: incidents,
      STATUS_OUT_DIR: dist,
    };
    const runsOf = [];
    for (let i = 0; i < runs; i++)
      runsOf.push(await measureNode([astroBin, 'build'], env, projectRoot));
    costs.push({ incidents: count, ...summarise(runsOf), dist });
  }
  return costs;
}
