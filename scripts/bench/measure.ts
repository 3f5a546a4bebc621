import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `work` `runs` times one after another and returns the median wall time in milliseconds. */
export async function medianMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** What a child process cost. */
export interface ChildCost {
  /** Wall time in milliseconds. */
  ms: number;
  /** Peak resident memory in bytes (from GNU time), undefined where it is not installed. */
  maxRss: number | undefined;
}

const gnuTime = '/usr/bin/time';

/** Runs `node <args>` with this Node and measures its wall time and peak memory; rejects on failure. */
export function measureNode(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<ChildCost> {
  const withTime = existsSync(gnuTime);
  const [command, argv] = withTime
    ? [gnuTime, ['-f', 'maxrss-kb=%M', process.execPath, ...args]]
    : [process.execPath, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0)
        return reject(
          new Error(`node ${args.join(' ')} failed (exit ${code}):\n${output.slice(-3000)}`),
        );
      const kb = /maxrss-kb=(\d+)/.exec(output)?.[1];
      resolve({ ms, maxRss: kb === undefined ? undefined : Number(kb) * 1024 });
    });
  });
}
