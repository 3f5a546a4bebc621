import { describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../domain/result.ts';
import { toRuns } from './append.ts';

const result = (component: string, time: string, location = 'eu'): ProbeResult => ({
  component,
  time,
  status: 'operational',
  latency: 1,
  attempts: 1,
  location,
});

describe('toRuns', () => {
  it('makes one line per location and run; a component seen again starts a new run', () => {
    const runs = toRuns(
      [
        result('ups', '2026-11-28T10:00:09Z'),
        result('dhl', '2026-11-28T10:00:01Z'),
        result('dhl', '2026-11-28T10:00:02Z', 'us'),
        result('dhl', '2026-11-28T10:05:00Z'),
        result('dhl', '2026-11-28T10:01:00Z'),
      ],
      300_000,
    );
    expect(runs.map((r) => [r.time, r.location, Object.keys(r.results).sort()])).toEqual([
      ['2026-11-28T10:00:01Z', 'eu', ['dhl', 'ups']],
      ['2026-11-28T10:00:02Z', 'us', ['dhl']],
      ['2026-11-28T10:01:00Z', 'eu', ['dhl']],
      ['2026-11-28T10:05:00Z', 'eu', ['dhl']],
    ]);
  });
});
