import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { Catalogue } from '../domain/catalogue.ts';
import type { StatusConfig } from '../domain/config.ts';
import type { Incident } from '../domain/incident.ts';
import type { Problem } from '../domain/problem.ts';
import { defaultStatus, readComponents } from './incidents/components.ts';
import { ParsedFrontMatter, splitFile } from './incidents/front-matter.ts';
import { parseTime } from './incidents/time.ts';
import { parseUpdates } from './incidents/updates.ts';
import type { YamlLocator } from './yaml-lines.ts';
import { zodProblems } from './zod-problems.ts';

/** An incident id: the file name without `.md`; it is the URL slug, so only URL-safe characters. */
const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Files in the incidents directory that are not incidents. */
const ignored = (name: string) =>
  name.startsWith('.') || name.startsWith('_') || name.toLowerCase() === 'readme.md';

/** Reads every incident file in a directory (drafts included, `draft: true`); every problem at once. */
export async function loadIncidents(
  dir: string,
  catalogue: Catalogue,
  config: StatusConfig,
  now: Date,
): Promise<{ incidents: Incident[]; problems: Problem[] }> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      // A fresh deployment may have no incidents directory yet: that is no incidents, not a problem.
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const incidents: Incident[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    if (ignored(entry.name)) continue;
    const file = relative(process.cwd(), join(dir, entry.name)) || entry.name;
    if (!entry.isFile() || extname(entry.name) !== '.md') {
      const what = entry.isFile() ? 'only .md files are incidents' : 'subdirectories are not read';
      problems.push({ file, line: 0, message: `ignored: ${what}`, severity: 'warning' });
      continue;
    }
    const key = slugify(basename(entry.name, '.md'));
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        line: 0,
        message: `duplicate id "${key}": ${first} has the same name`,
        severity: 'error',
      });
    } else seen.set(key, file);
    const result = parseIncident(
      await readFile(join(dir, entry.name), 'utf8'),
      file,
      catalogue,
      config,
      now,
    );
    problems.push(...result.problems);
    if (result.incident && first === undefined) incidents.push(result.incident);
  }
  return { incidents, problems };
}

/**
 * Parses and validates one incident file's text. Returns the incident only when there is no error
 * (warnings allowed), so nothing half-read is ever published.
 */
export function parseIncident(
  text: string,
  file: string,
  catalogue: Catalogue,
  config: StatusConfig,
  now: Date,
): { incident?: Incident; problems: Problem[] } {
  const problems: Problem[] = [];
  const error = (line: number, message: string) =>
    problems.push({ file, line, message, severity: 'error' });
  const name = basename(file, extname(file));
  if (!idPattern.test(name)) {
    error(
      0,
      `file name "${basename(file)}" is not URL-safe; rename it to "${slugify(name) || 'incident'}.md" (lower-case letters, digits and dashes)`,
    );
  }
  const split = splitFile(text, file);
  problems.push(...split.problems);
  if (!split.doc || !split.locator || split.problems.length > 0) return { problems };
  const locator = split.locator;
  const raw = split.doc.toJS() as unknown;
  const front = ParsedFrontMatter.safeParse(raw ?? {}, { reportInput: true });
  if (!front.success) {
    const keys = (path: readonly PropertyKey[]) =>
      path.length === 0 ? Object.keys(ParsedFrontMatter.shape) : ['start', 'end'];
    problems.push(...zodProblems(front.error, file, locator, { knownKeys: keys }));
  }
  const data = front.success ? front.data : undefined;
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const isMaintenance = 'maintenance' in fields;
  const kind = isMaintenance ? 'maintenance' : 'incident';
  if (!isMaintenance && fields['impact'] === undefined) {
    error(locator.lineOf([]), `missing "impact" (one of none, minor, major, critical)`);
  }
  const impact = data?.impact ?? 'none';
  const fallback = defaultStatus[isMaintenance ? 'maintenance' : impact];
  const components = readComponents(fields['components'], fallback, catalogue, file, locator);
  problems.push(...components.problems);
  const maintenance =
    data?.maintenance &&
    readWindow(data.maintenance, config.site.timezone, file, locator, problems);

  const ctx = { file, id: name, kind, zone: config.site.timezone, now } as const;
  const { updates, problems: updateProblems } = parseUpdates(split.body, split.bodyLine, ctx);
  problems.push(...updateProblems);
  const found = withoutEchoes(problems).sort((a, b) => a.line - b.line);
  if (!data || found.some((p) => p.severity === 'error')) return { problems: found };
  const incident: Incident = {
    id: name,
    file,
    title: data.title,
    impact,
    kind,
    components: components.components,
    maintenance,
    draft: data.draft,
    updates,
  };
  if (!data.notify) incident.notify = false;
  return { incident, problems: found };
}

function readWindow(
  window: { start: string; end: string },
  zone: string,
  file: string,
  locator: YamlLocator,
  problems: Problem[],
): { start: Date; end: Date } | undefined {
  const start = parseTime(window.start, zone);
  const end = parseTime(window.end, zone);
  const line = (key: string) => locator.lineOf(['maintenance', key]);
  if (!start.ok)
    problems.push({
      file,
      line: line('start'),
      message: `maintenance start: ${start.message}`,
      severity: 'error',
    });
  if (!end.ok)
    problems.push({
      file,
      line: line('end'),
      message: `maintenance end: ${end.message}`,
      severity: 'error',
    });
  if (!start.ok || !end.ok) return undefined;
  if (end.date.getTime() <= start.date.getTime()) {
    const message = `maintenance ends before it starts (end ${window.end} is not after start ${window.start})`;
    problems.push({ file, line: line('end'), message, severity: 'error' });
    return undefined;
  }
  return { start: start.date, end: end.date };
}

/** Drops `missing "title"` when an unknown key already asks `did you mean "title"?`. */
function withoutEchoes(problems: Problem[]): Problem[] {
  const suggested = new Set(
    problems.flatMap((p) => /did you mean "([^"]+)"\?\)$/.exec(p.message)?.[1] ?? []),
  );
  return problems.filter((p) => !suggested.has(/^missing "([^"]+)"/.exec(p.message)?.[1] ?? ''));
}

/** A URL-safe id from any name: lower case, runs of other characters become one dash. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
