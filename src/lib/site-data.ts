import type { Catalogue } from '../domain/catalogue.ts';
import type { IncidentView, SiteData } from '../domain/model.ts';
import { formatProblem, ProblemsError, type Problem } from '../domain/problem.ts';
import { buildAggregates, type StoredData } from './aggregate.ts';
import { loadConfig } from './config.ts';
import { incidentFacts } from './incident-facts.ts';
import { loadIncidents } from './incidents.ts';
import { projectPaths, type ProjectPaths } from './paths.ts';
import { readRawSamples, readRollups, schemaProblems } from './store/read.ts';

/** Options for loadSiteData (tests and scripts). */
export interface LoadSiteDataOptions {
  /** Where config, data and incidents are (default: projectPaths()). */
  paths?: ProjectPaths;
  /** The moment to describe (default: STATUS_NOW, else the current time). */
  now?: Date;
}

const cache = new Map<string, Promise<SiteData>>();

/**
 * Loads and computes everything a build shows, once per process (every page and endpoint calls it).
 * Throws ProblemsError when the config or an incident has an error; damaged data only warns.
 */
export function loadSiteData(options: LoadSiteDataOptions = {}): Promise<SiteData> {
  const paths = options.paths ?? projectPaths();
  const now = options.now ?? defaultNow();
  const key = JSON.stringify([paths, now.toISOString()]);
  let data = cache.get(key);
  if (!data) {
    data = computeSiteData(paths, now);
    // A failed load is not remembered: the next call reports the problems again.
    data.catch(() => cache.delete(key));
    cache.set(key, data);
  }
  return data;
}

/** STATUS_NOW (ISO, for reproducible fixtures), else the time of the first call in this process,
 * so that every page of one build describes the same moment. */
export function defaultNow(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env['STATUS_NOW'];
  if (fixed) {
    const time = Date.parse(fixed);
    if (Number.isNaN(time)) {
      throw new ProblemsError([
        {
          file: 'STATUS_NOW',
          line: 0,
          message: `not an ISO time: "${fixed}" (like 2026-11-28T12:00:00Z)`,
          severity: 'error',
        },
      ]);
    }
    return new Date(time);
  }
  processNow ??= new Date();
  return processNow;
}

let processNow: Date | undefined;

async function computeSiteData(paths: ProjectPaths, now: Date): Promise<SiteData> {
  const { config, catalogue } = loadConfig(paths.config);
  const loaded = await loadIncidents(paths.incidents, catalogue, config, now);
  if (loaded.problems.some((p) => p.severity === 'error')) throw new ProblemsError(loaded.problems);
  const incidents: IncidentView[] = loaded.incidents
    .filter((incident) => !incident.draft)
    .map((incident) => ({ ...incident, facts: incidentFacts(incident, now) }))
    .sort(
      (a, b) => b.facts.startedAt.getTime() - a.facts.startedAt.getTime() || (a.id < b.id ? -1 : 1),
    );
  const { data, problems: dataProblems } = await readStore(paths.data, catalogue);
  const aggregates = buildAggregates({
    catalogue,
    data,
    incidents,
    now,
    timezone: config.site.timezone,
  });
  const problems = [...loaded.problems, ...dataProblems];
  for (const problem of problems) console.warn(formatProblem(problem));
  return { config, catalogue, now, incidents, ...aggregates, problems };
}

/** Every component's stored data; damaged data becomes warnings and that component has less of it. */
export async function readStore(
  dataDir: string,
  catalogue: Catalogue,
): Promise<{ data: Map<string, StoredData>; problems: Problem[] }> {
  const data = new Map<string, StoredData>();
  const schema = await schemaProblems(dataDir);
  // Data of another layout version could be misread: show no data rather than wrong data.
  if (schema.length > 0) return { data, problems: schema.map(asWarning) };
  const raw = await readRawSamples(dataDir);
  const problems: Problem[] = raw.problems.map(asWarning);
  for (const component of catalogue.components) {
    const { problems: found, ...rollups } = await readRollups(dataDir, component.id);
    data.set(component.id, { samples: raw.samples.get(component.id) ?? [], ...rollups });
    problems.push(...found.map(asWarning));
  }
  return { data, problems };
}

function asWarning(problem: Problem): Problem {
  return { ...problem, severity: 'warning' };
}
