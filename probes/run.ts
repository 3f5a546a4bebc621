/** `npm run probe`: probes every automatic component once and stores the results (see the README, "Probes"). */
import { appendFile, access, constants, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ProbeResult } from '../src/domain/result.ts';
import { formatProblem, ProblemsError } from '../src/domain/problem.ts';
import { loadConfig, type LoadedConfig } from '../src/lib/config.ts';
import { projectPaths } from '../src/lib/paths.ts';
import { parseProbeArgs, selectComponents, usage, UsageError } from './cli-args.ts';
import { probeAll } from './engine.ts';
import { markdownSummary, textSummary } from './summary.ts';

async function main(argv: string[]): Promise<void> {
  const args = parseProbeArgs(argv);
  if (args.help) return void console.log(usage);
  const paths = projectPaths();
  const loaded = loadConfig(paths.config);
  if (!args.dryRun) await ensureWritable(paths.data);
  const location = process.env['PROBE_LOCATION'] || loaded.config.probe.location;
  const started = performance.now();
  const results = await probeAll(selectComponents(loaded.catalogue, args.only), {
    concurrency: loaded.config.probe.concurrency,
    location,
    configDir: dirname(paths.config),
  });
  const ms = performance.now() - started;
  if (args.json) for (const result of results) process.stdout.write(`${JSON.stringify(result)}\n`);
  if (!args.dryRun) await store(paths.data, results, loaded);
  await summarise(results, args.json, location, ms);
}

/** The human summary (stderr when stdout carries JSON), and the same as Markdown for GitHub Actions. */
async function summarise(results: ProbeResult[], json: boolean, location: string, ms: number) {
  (json ? console.error : console.log)(textSummary(results, location, ms));
  const stepSummary = process.env['GITHUB_STEP_SUMMARY'];
  if (!stepSummary) return;
  try {
    await appendFile(stepSummary, markdownSummary(results, location, ms));
  } catch (error) {
    // The results are stored already; a missing job summary is not worth failing the run.
    console.error(`probe: warning: cannot write GITHUB_STEP_SUMMARY: ${(error as Error).message}`);
  }
}

async function store(dataDir: string, results: ProbeResult[], loaded: LoadedConfig) {
  // Loaded lazily: a dry run needs nothing from the store.
  const { appendResults } = await import('../src/lib/store.ts');
  try {
    await appendResults(dataDir, results, { interval: loaded.catalogue.interval });
  } catch (error) {
    throw new RunError(`cannot store the results in ${dataDir}: ${(error as Error).message}`);
  }
}

/** Fails before probing when the results could not be stored anyway. */
async function ensureWritable(dataDir: string) {
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new RunError(
      `the data directory ${dataDir} is not writable (${reason}); set STATUS_DATA_DIR or fix its permissions`,
    );
  }
}

/** The run itself could not work (as opposed to a component being down). */
class RunError extends Error {}

/** Exit codes: 0 the run worked (whatever the components' status), 1 config or data dir, 2 usage. */
function fail(error: unknown): void {
  if (error instanceof ProblemsError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error(`probe: the config has ${error.problems.length} problem(s); nothing was probed`);
    process.exitCode = 1;
  } else if (error instanceof UsageError) {
    console.error(`probe: ${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else if (error instanceof RunError) {
    console.error(`probe: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error('probe: unexpected failure:', error);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch(fail);
