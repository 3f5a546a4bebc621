import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Catalogue } from '../../src/domain/catalogue.ts';
import { loadConfig, type LoadedConfig } from '../../src/lib/config.ts';
import { loadIncidents } from '../../src/lib/incidents.ts';
import { writeSimulatedHistory } from '../../src/lib/simulate.ts';
import { DemoConfig, type DemoRoles } from './demo-config.ts';
import { startFleet, type Fleet } from './fleet.ts';
import { demoDisturbances } from './history.ts';
import { openIncident, readIncidentFiles, shiftExamples, writeIncidentFiles } from './incidents.ts';
import { astroBin, projectRoot, runNode, step } from './steps.ts';

/** Where the demo keeps everything (never the repository's data/ or incidents/). */
export interface DemoPaths {
  root: string;
  config: string;
  ca: string;
  data: string;
  incidents: string;
  dist: string;
}

/** A built demo: where it is and what it shows. */
export interface Demo {
  paths: DemoPaths;
  loaded: LoadedConfig;
  roles: DemoRoles;
  port: number;
}

const probeRounds = 3;
const slowMs = 1500;
const degradedAfterMs = 1000;
const historyDays = 90;

/** Runs every step up to a built site: fleet, config, incidents, history, probe rounds, build. */
export async function prepareDemo(options: { dir: string; port: number }): Promise<Demo> {
  const paths = demoPaths(resolve(projectRoot, options.dir));
  const source = new DemoConfig(await readFile(join(projectRoot, 'status.config.yaml'), 'utf8'));
  const roles = source.roles();
  const secrets = Object.fromEntries(
    source.placeholders().map((name) => [name, `demo-${name.toLowerCase()}`]),
  );
  const env = {
    STATUS_CONFIG: paths.config,
    STATUS_DATA_DIR: paths.data,
    STATUS_INCIDENTS_DIR: paths.incidents,
    STATUS_OUT_DIR: paths.dist,
  };

  const fleet = await step('Starting a stand-in for every component on 127.0.0.1', async () => {
    // Only the demo's own files: --dir may hold other things (tests keep their runs side by side).
    for (const path of [paths.config, paths.ca, paths.data, paths.incidents, paths.dist]) {
      await rm(path, { recursive: true, force: true });
    }
    await mkdir(paths.data, { recursive: true });
    await mkdir(paths.incidents, { recursive: true });
    return startFleet(source.standIns(roles), { slowMs });
  });
  try {
    const loaded = await step(`Writing the demo config to ${paths.config}`, async () => {
      await writeFile(paths.ca, fleet.caCert);
      const text = source.render({
        urls: fleet.urls,
        caFile: 'ca.pem',
        port: options.port,
        slowId: roles.slow,
        degradedAfterMs,
      });
      await writeFile(paths.config, text);
      return loadConfig(paths.config);
    });
    const now = new Date();
    await step('Dating the example incidents around today, opening one', () =>
      writeIncidents(paths, loaded, roles, now),
    );
    await step(`Simulating ${historyDays} days of probe history`, () =>
      simulate(paths, loaded, roles, now),
    );
    await step(
      `Probing the fleet: ${probeRounds} rounds of the real probe engine (npm run probe)`,
      () => probe(fleet, { ...env, ...secrets }),
    );
    await step('Building the site (astro build)', () => runNode([astroBin, 'build'], { env }));
    return { paths, loaded, roles, port: options.port };
  } finally {
    await fleet.close();
  }
}

/** The demo's files under one directory. */
export function demoPaths(root: string): DemoPaths {
  return {
    root,
    config: join(root, 'status.config.yaml'),
    ca: join(root, 'ca.pem'),
    data: join(root, 'data'),
    incidents: join(root, 'incidents'),
    dist: join(root, 'dist'),
  };
}

async function writeIncidents(
  paths: DemoPaths,
  { config, catalogue }: LoadedConfig,
  roles: DemoRoles,
  now: Date,
) {
  const examples = await readIncidentFiles(join(projectRoot, 'examples', 'incidents'));
  const down = componentNamed(catalogue, roles.down);
  await writeIncidentFiles(paths.incidents, [
    ...shiftExamples(examples, now),
    openIncident(down, now, config.site.timezone),
  ]);
}

async function simulate(
  paths: DemoPaths,
  { config, catalogue }: LoadedConfig,
  roles: DemoRoles,
  now: Date,
) {
  const { incidents } = await loadIncidents(paths.incidents, catalogue, config, now);
  const probed = new Set(catalogue.components.filter((c) => c.check).map((c) => c.id));
  // The history ends a round before now; the probe rounds then add the present.
  const end = new Date(now.getTime() - catalogue.interval);
  const disturbances = demoDisturbances(roles, incidents, end).filter((d) =>
    probed.has(d.component),
  );
  await writeSimulatedHistory(paths.data, catalogue, {
    days: historyDays,
    now: end,
    timezone: config.site.timezone,
    seed: 1,
    incidents: disturbances,
  });
}

async function probe(fleet: Fleet, env: Record<string, string>) {
  for (let round = 1; round <= probeRounds; round++) {
    const output = await runNode([join(projectRoot, 'probes', 'run.ts')], { env });
    console.log(`  round ${round}: ${output.split('\n')[0]}`); // the CLI's summary line
    fleet.advance();
  }
}

function componentNamed(catalogue: Catalogue, id: string) {
  const component = catalogue.components.find((c) => c.id === id);
  if (!component) throw new Error(`the demo needs a component "${id}" in status.config.yaml`);
  return component;
}
