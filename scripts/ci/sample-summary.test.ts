import { describe, expect, it } from 'vitest';
import { formatSummary, summariseSamples } from './sample-summary.ts';

const result = (status: string) => ({ status, latency: 5, attempts: 1 });
const run = (...statuses: string[]) =>
  `+${JSON.stringify({
    time: '2026-11-28T12:05:00.000Z',
    location: 'eu',
    results: Object.fromEntries(statuses.map((status, i) => [`c${i}`, result(status)])),
  })}`;

describe('summariseSamples', () => {
  it.each([
    { name: 'no diff', diff: '', want: '' },
    { name: 'one passing', diff: run('operational'), want: '1 check, 0 failing' },
    {
      name: 'added samples only, failing = partial or major',
      diff: [
        '+++ b/data/raw/2026-11-28.jsonl',
        run('major_outage', 'partial_outage'),
        run('degraded_performance'),
        `-${run('major_outage').slice(1)}`,
        '+{"hour":"2026-11-28T12:00:00Z","count":1,"failed":0,"avg":5,"p95":5}',
        '+{"version":1}',
        '+not json',
      ].join('\n'),
      want: '3 checks, 2 failing',
    },
  ])('$name → "$want"', ({ diff, want }) => {
    expect(formatSummary(summariseSamples(diff))).toBe(want);
  });
});
