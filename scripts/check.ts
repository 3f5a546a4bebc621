/**
 * `npm run check`: validates the config, every incident and the data files; prints every problem as
 * `file:line: message` (and as GitHub annotations when GITHUB_ACTIONS=true); exits 1 on any error.
 */
import { relative } from 'node:path';
import type { Catalogue } from '../src/domain/catalogue.ts';
import {
  formatAnnotation,
  formatProblem,
  ProblemsError,
  type Problem,
} from '../src/domain/problem.ts';
import { loadConfig, type LoadedConfig } from '../src/lib/config.ts';
import { loadIncidents } from '../src/lib/incidents.ts';
import { projectPaths } from '../src/lib/paths.ts';

/** What one check run found, and what it looked at (for the summary line). */
export interface CheckReport {
  problems: Problem[];
  /** What was checked, in words: `status.config.yaml`, `5 incidents (1 draft)`, `data`. */
  checked: string[];
  /** What could not be checked, and why. */
  skipped: string[];
}

/** Checks everything at the configured paths; never throws for a problem in a file. */
export async function runCheck(
  env: NodeJS.ProcessEnv = process.env,
  now = new Date(),
): Promise<CheckReport> {
  const paths = projectPaths(env);
  const report: CheckReport = { problems: [], checked: [], skipped: [] };
  const shown = (path: string) => relative(process.cwd(), path) || path;
  let loaded: LoadedConfig | undefined;
  try {
    loaded = loadConfig(paths.config);
  } catch (error) {
    if (!(error instanceof ProblemsError)) throw error;
    report.problems.push(...error.problems);
  }
  report.checked.push(shown(paths.config));
  if (!loaded) {
    report.skipped.push('incidents and data (they are checked against a valid config)');
    return report;
  }
  const { incidents, problems } = await loadIncidents(
    paths.incidents,
    loaded.catalogue,
    loaded.config,
    now,
  ).catch((error: Error) => {
    const message = `cannot read the incidents: ${error.message}`;
    return { incidents: [], problems: [problem(shown(paths.incidents), message)] };
  });
  report.problems.push(...problems);
  const drafts = incidents.filter((incident) => incident.draft).length;
  // Files with errors yield no incident, so count every Markdown file named anywhere.
  const named = [...incidents.map((i) => i.file), ...problems.map((p) => p.file)];
  const files = new Set(named.filter((file) => file.endsWith('.md'))).size;
  report.checked.push(
    `${plural(files, 'incident file')}${drafts > 0 ? ` (${plural(drafts, 'draft')})` : ''}`,
  );
  report.problems.push(...(await dataProblems(paths.data, loaded.catalogue, shown(paths.data))));
  report.checked.push(shown(paths.data));
  return report;
}

/** The data files' problems from the store's checker, or one problem saying it is unavailable. */
async function dataProblems(
  dataDir: string,
  catalogue: Catalogue,
  shown: string,
): Promise<Problem[]> {
  try {
    const store = (await import('../src/lib/store.ts')) as { checkData?: unknown };
    if (typeof store.checkData !== 'function')
      throw new Error('src/lib/store.ts exports no checkData');
    const checkData = store.checkData as (dir: string, catalogue: Catalogue) => Promise<Problem[]>;
    return await checkData(dataDir, catalogue);
  } catch (error) {
    const message = `data files not checked: ${(error as Error).message}`;
    return [{ file: shown, line: 0, message, severity: 'error' }];
  }
}

/** The one-line summary. */
export function summary(report: CheckReport): string {
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  const what = report.checked.join(', ');
  const skipped = report.skipped.map((s) => `; not checked: ${s}`).join('');
  if (errors === 0) {
    return `check passed: ${what}${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}${skipped}`;
  }
  return `check failed: ${plural(errors, 'error')}${warnings > 0 ? `, ${plural(warnings, 'warning')}` : ''} in ${what}${skipped}`;
}

function problem(file: string, message: string): Problem {
  return { file, line: 0, message, severity: 'error' };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

if (import.meta.main) {
  const report = await runCheck();
  const annotate = process.env['GITHUB_ACTIONS'] === 'true';
  for (const problem of report.problems) {
    console.log(formatProblem(problem));
    if (annotate) console.log(formatAnnotation(problem));
  }
  console.log(summary(report));
  process.exitCode =
    report.problems.some((p) => p.severity === 'error') || report.skipped.length > 0 ? 1 : 0;
}
