import { describe, expect, it } from 'vitest';
import { confirmedStatus } from './confirm.ts';
import { samples } from './test-support.ts';

const at = '2026-11-28T12:00:00.000Z';
const tenMinutes = 600_000;

describe('confirmedStatus', () => {
  it.each([
    { name: 'no samples', list: [], runs: 2, want: undefined },
    {
      name: 'fewer samples than runs',
      list: samples(at, ['major_outage']),
      runs: 2,
      want: undefined,
    },
    {
      name: 'one flaky run',
      list: samples(at, ['major_outage', 'operational']),
      runs: 2,
      want: undefined,
    },
    {
      name: 'two failing runs',
      list: samples(at, ['major_outage', 'major_outage', 'operational']),
      runs: 2,
      want: 'major_outage',
    },
    {
      name: 'one run is enough with confirmRuns 1',
      list: samples(at, ['degraded_performance', 'operational']),
      runs: 1,
      want: 'degraded_performance',
    },
    {
      name: 'all locations agree',
      list: [
        ...samples(at, ['operational', 'operational'], 'eu'),
        ...samples(at, ['operational', 'operational'], 'us'),
      ],
      runs: 2,
      want: 'operational',
    },
    {
      name: 'one location fails, the other passes: partial outage',
      list: [
        ...samples(at, ['major_outage', 'major_outage'], 'eu'),
        ...samples(at, ['operational', 'operational'], 'us'),
      ],
      runs: 2,
      want: 'partial_outage',
    },
    {
      name: 'one location unconfirmed',
      list: [
        ...samples(at, ['major_outage', 'operational'], 'eu'),
        ...samples(at, ['operational', 'operational'], 'us'),
      ],
      runs: 2,
      want: undefined,
    },
    {
      name: 'a location that stopped reporting is left out',
      list: [
        ...samples(at, ['operational', 'operational'], 'eu'),
        ...samples('2026-11-28T11:00:00.000Z', ['major_outage', 'major_outage'], 'old'),
      ],
      runs: 2,
      want: 'operational',
    },
    {
      name: 'operational and degraded locations: degraded',
      list: [
        ...samples(at, ['degraded_performance', 'degraded_performance'], 'eu'),
        ...samples(at, ['operational', 'operational'], 'us'),
      ],
      runs: 2,
      want: 'degraded_performance',
    },
  ] as const)('$name → $want', ({ list, runs, want }) => {
    expect(confirmedStatus([...list].reverse(), runs, tenMinutes)).toBe(want);
  });
});
