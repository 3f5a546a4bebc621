import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (where package.json and astro.config.ts live). */
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Astro's CLI entry, run with this same Node (npm scripts may find an older `node` on PATH). */
export const astroBin = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
);

const children = new Set<ChildProcess>();

/** Runs a labelled step, printing its duration; a failure names the step. */
export async function step<T>(
  label: string,
  work: () => Promise<T>,
  log = console.log,
): Promise<T> {
  const started = performance.now();
  log(`• ${label} …`);
  const result = await work().catch((error: unknown) => {
    throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
  });
  log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Options of a child process. */
export interface RunOptions {
  /** Extra environment variables (added to this process's). */
  env?: Record<string, string>;
  /** Working directory (default: the repository root). */
  cwd?: string;
}

/** Runs `node <args>` with this Node to completion; rejects with the output's tail when it fails. */
export function runNode(args: string[], options: RunOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `node ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output.slice(-4000)}`,
          ),
        );
    });
  });
}

/** Stops every child process still running (on Ctrl-C or a failed step). */
export function stopChildren(): void {
  for (const child of children) child.kill('SIGTERM');
}
