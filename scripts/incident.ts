/**
 * Authoring commands. Both validate the result exactly like `npm run check` and never write a broken file.
 *   npm run incident:new -- --title "…" --impact major --components dhl,ups [--status investigating]
 *                           [--message "…"] [--maintenance "START..END"] [--draft] [--at "YYYY-MM-DD HH:mm"]
 *   npm run incident:update -- FILE --status monitoring --message "…" [--at "YYYY-MM-DD HH:mm"]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, ProblemsError, type Problem } from '../src/domain/problem.ts';
import { loadConfig, type LoadedConfig } from '../src/lib/config.ts';
import { parseIncident } from '../src/lib/incidents.ts';
import { addUpdateText, newIncidentFile } from '../src/lib/incidents/author.ts';
import { parseTime } from '../src/lib/incidents/time.ts';
import { projectPaths } from '../src/lib/paths.ts';

const options = {
  title: { type: 'string' },
  impact: { type: 'string' },
  components: { type: 'string' },
  status: { type: 'string' },
  message: { type: 'string' },
  maintenance: { type: 'string' },
  draft: { type: 'boolean' },
  at: { type: 'string' },
} as const;

/** A refusal: what to print, and nothing was written. */
class Refusal extends Error {}

/** Runs `new` or `update` with command-line arguments; returns the path written. */
export function runIncidentCommand(
  args: string[],
  now = new Date(),
): { path: string; warnings: Problem[] } {
  const [command, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    options,
    allowPositionals: true,
    strict: true,
  });
  const loaded = loadConfig();
  const at = values.at === undefined ? now : time(values.at, loaded.config.site.timezone, '--at');
  if (command === 'new') {
    if (positionals.length > 0) throw new Refusal(`unexpected argument "${positionals[0]}"`);
    if (!values.title?.trim())
      throw new Refusal('--title is required, like --title "Delayed DHL labels"');
    const { name, text } = newIncidentFile({
      title: values.title.trim(),
      impact: values.impact,
      components: (values.components ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
      status: values.status,
      message: values.message,
      maintenance: values.maintenance,
      draft: values.draft ?? false,
      at,
      zone: loaded.config.site.timezone,
    });
    const dir = projectPaths().incidents;
    const path = relative(process.cwd(), join(dir, name)) || name;
    if (values.maintenance !== undefined && !values.maintenance.includes('..')) {
      throw new Refusal(
        '--maintenance: write the window as START..END, like "2026-12-12 19:00..2026-12-12 19:30"',
      );
    }
    if (existsSync(path))
      throw new Refusal(`${path} already exists; edit it, or choose another title`);
    const warnings = validate(text, path, loaded, now);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
    return { path, warnings };
  }
  if (command === 'update') {
    const [path, extra] = positionals;
    if (!path || extra !== undefined)
      throw new Refusal('name one incident file, like incidents/2026-11-28-dhl.md');
    if (!values.status) throw new Refusal('--status is required, like --status monitoring');
    if (!values.message?.trim())
      throw new Refusal('--message is required: what changed, for the people reading the page');
    const old = read(path);
    const text = addUpdateText(old, values.status, values.message, at, loaded.config.site.timezone);
    const warnings = validate(text, path, loaded, now);
    writeFileSync(path, text);
    return { path, warnings };
  }
  throw new Refusal(`unknown command "${command ?? ''}" (use "new" or "update")`);
}

/** The file's warnings if it is valid; throws its problems (the check's messages) if not. */
function validate(text: string, path: string, loaded: LoadedConfig, now: Date): Problem[] {
  const { problems } = parseIncident(text, path, loaded.catalogue, loaded.config, now);
  if (problems.some((problem) => problem.severity === 'error')) throw new ProblemsError(problems);
  return problems;
}

function time(text: string, zone: string, option: string): Date {
  const parsed = parseTime(text, zone);
  if (!parsed.ok) throw new Refusal(`${option}: ${parsed.message}`);
  return parsed.date;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Refusal(`${path}: ${code === 'ENOENT' ? 'file not found' : String(error)}`);
  }
}

if (import.meta.main) {
  try {
    const { path, warnings } = runIncidentCommand(process.argv.slice(2));
    for (const warning of warnings) console.error(formatProblem(warning));
    console.log(path);
  } catch (error) {
    if (error instanceof ProblemsError) {
      for (const problem of error.problems) console.error(formatProblem(problem));
    } else if (
      error instanceof Refusal ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`incident: ${(error as Error).message}`);
    } else throw error;
    console.error('nothing written');
    process.exitCode = 1;
  }
}
