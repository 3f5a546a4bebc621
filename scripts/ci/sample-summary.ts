/**
 * Reads a unified diff on stdin and prints "16 checks, 2 failing" for the probe samples it adds
 * (nothing when it adds none). The commit step uses it for its message; git stays in the shell.
 */
import { text } from 'node:stream/consumers';
import { RawRun } from '../../src/domain/data.ts';

/** Counts the checks in the probe runs (`RawRun` lines) among the added lines of a unified diff. */
export function summariseSamples(diff: string): { checks: number; failing: number } {
  let checks = 0;
  let failing = 0;
  for (const line of diff.split('\n')) {
    if (!line.startsWith('+') || line.startsWith('+++')) continue;
    const run = parseRun(line.slice(1));
    if (!run) continue;
    for (const result of Object.values(run.results)) {
      checks++;
      if (result.status === 'major_outage' || result.status === 'partial_outage') failing++;
    }
  }
  return { checks, failing };
}

/** The message suffix: "16 checks, 2 failing", "1 check, 0 failing", or empty. */
export function formatSummary({ checks, failing }: { checks: number; failing: number }): string {
  return checks === 0 ? '' : `${checks} ${checks === 1 ? 'check' : 'checks'}, ${failing} failing`;
}

function parseRun(line: string): RawRun | undefined {
  try {
    const result = RawRun.safeParse(JSON.parse(line));
    return result.success ? result.data : undefined;
  } catch {
    return undefined; // not JSON: a line of some other file, not a run
  }
}

if (import.meta.main) {
  const summary = formatSummary(summariseSamples(await text(process.stdin)));
  if (summary) console.log(summary);
}
