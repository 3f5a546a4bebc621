/**
 * A fixture status site for end-to-end tests: its own config (the example catalogue), simulated
 * probe data with an outage today, and incidents (open, maintenance in progress, upcoming, resolved
 * over several months), built with `astro build` into a temp dir.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { loadConfig } from '../../src/lib/config.ts';
import { writeSimulatedHistory } from '../../src/lib/simulate.ts';
import { fixtureIncidents } from './fixture-incidents.ts';

/** The repository root (where astro.config.ts is). */
export const repoRoot = new URL('../../', import.meta.url).pathname;

/** The moment every fixture describes. */
export const fixtureNow = new Date('2026-11-28T11:30:00Z');

/** A fixture project: where its inputs are. */
export interface FixtureProject {
  config: string;
  data: string;
  incidents: string;
  /** `site.url` written into the config. */
  siteUrl: string;
}

/** Options for `writeFixtureProject`. */
export interface FixtureProjectOptions {
  /** `site.url`; a path makes a base-path build. */
  siteUrl: string;
  /** UI language. */
  language?: 'en' | 'de';
}

/** Writes config, data and incidents into `dir`. */
export async function writeFixtureProject(
  dir: string,
  options: FixtureProjectOptions,
): Promise<FixtureProject> {
  const project = {
    config: join(dir, 'status.config.yaml'),
    data: join(dir, 'data'),
    incidents: join(dir, 'incidents'),
    siteUrl: options.siteUrl,
  };
  const example = parse(await readFile(join(repoRoot, 'status.config.yaml'), 'utf8'));
  example.site = {
    ...example.site,
    url: options.siteUrl,
    language: options.language ?? 'en',
    notice: 'This is a demo: the data is simulated.',
  };
  await mkdir(project.incidents, { recursive: true });
  await writeFile(project.config, stringify(example));
  const { catalogue, config } = loadConfig(project.config);
  const at = (iso: string) => new Date(iso);
  await writeSimulatedHistory(project.data, catalogue, {
    days: 150,
    now: fixtureNow,
    timezone: config.site.timezone,
    seed: 7,
    incidents: [
      {
        component: 'dhl',
        from: at('2026-11-28T10:35:00Z'),
        to: fixtureNow,
        status: 'major_outage',
      },
      {
        component: 'gls-2',
        from: at('2026-11-28T06:00:00Z'),
        to: at('2026-11-28T06:45:00Z'),
        status: 'partial_outage',
      },
    ],
  });
  for (const [name, text] of Object.entries(fixtureIncidents))
    await writeFile(join(project.incidents, name), text);
  return project;
}

/** Builds `project` into `outDir` with `astro build` (its own cache dir, so builds can run at once). */
export async function buildFixtureSite(
  project: FixtureProject,
  outDir: string,
  cacheDir: string,
): Promise<void> {
  const env = {
    ...process.env,
    STATUS_CONFIG: project.config,
    STATUS_DATA_DIR: project.data,
    STATUS_INCIDENTS_DIR: project.incidents,
    STATUS_NOW: fixtureNow.toISOString(),
    STATUS_OUT_DIR: outDir,
    STATUS_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astro = join(repoRoot, 'node_modules/astro/bin/astro.mjs');
  // Astro puts its prerender chunks under <cwd>/.astro when outDir lies outside the working
  // directory, so two builds from the repository would share them: run each from its own dir,
  // where a node_modules link lets those chunks import their packages.
  await symlink(join(repoRoot, 'node_modules'), join(dirname(outDir), 'node_modules')).catch(
    (error) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    },
  );
  const child = spawn(process.execPath, [astro, 'build', '--silent', '--root', repoRoot], {
    cwd: dirname(outDir),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0)
    throw new Error(`astro build of the fixture site failed (exit ${code}):\n${output}`);
}

/** A built fixture site: inputs, output and where it is served. */
export interface FixtureSite extends FixtureProject {
  /** The built site. */
  outDir: string;
}

/** Writes and builds a fixture site under `dir` (out at `dir/dist`). */
export async function makeFixtureSite(
  dir: string,
  options: FixtureProjectOptions,
): Promise<FixtureSite> {
  const project = await writeFixtureProject(dir, options);
  const outDir = join(dir, 'dist');
  await buildFixtureSite(project, outDir, join(dir, 'cache'));
  return { ...project, outDir };
}
