import { describe, expect, it } from 'vitest';
import type { Sample, Span } from '../domain/data.ts';
import type { ProbeStatus } from '../domain/status.ts';
import { fillNoData, flatten, layer, probeRuns, runSpans, voteStatus } from './timeline.ts';

const min = 60_000;
const t0 = Date.parse('2026-11-28T10:00:00Z');
const sample = (minutes: number, status: ProbeStatus, location = 'eu'): Sample => ({
  time: new Date(t0 + minutes * min).toISOString(),
  location,
  status,
  latency: 100,
  attempts: 1,
});
const span = (from: number, to: number, status: Span['status']): Span => ({
  from: t0 + from * min,
  to: t0 + to * min,
  status,
});

describe('voteStatus (several locations in one run)', () => {
  it.each<[ProbeStatus[], ProbeStatus]>([
    [['major_outage', 'major_outage'], 'major_outage'],
    [['major_outage', 'operational'], 'partial_outage'],
    [['major_outage', 'degraded_performance', 'operational'], 'partial_outage'],
    [['degraded_performance', 'operational'], 'degraded_performance'],
    [['operational', 'operational'], 'operational'],
    [['partial_outage'], 'partial_outage'],
  ])('%o → %s', (statuses, expected) => {
    expect(voteStatus(statuses)).toBe(expected);
  });
});

describe('probeRuns', () => {
  it('groups locations within half an interval into one run, and a repeated location starts a new one', () => {
    const runs = probeRuns(
      [
        sample(0, 'major_outage', 'eu'),
        sample(1, 'operational', 'us'),
        sample(2, 'operational', 'eu'),
        sample(5, 'major_outage', 'us'),
      ],
      5 * min,
    );
    expect(runs.map((r) => [(r.time - t0) / min, r.status, r.samples.length])).toEqual([
      [0, 'partial_outage', 2],
      [2, 'operational', 1],
      [5, 'major_outage', 1],
    ]);
  });

  it('leaves out checks that could not run (a missing secret is no data, not an outage)', () => {
    const unconfigured: Sample = {
      ...sample(5, 'major_outage'),
      error: { kind: 'config', message: 'environment variable DHL_API_KEY is not set' },
    };
    const runs = probeRuns([sample(0, 'operational'), unconfigured], 5 * min);
    expect(runs.map((r) => [(r.time - t0) / min, r.status])).toEqual([[0, 'operational']]);
  });
});

describe('runSpans (the gap rule)', () => {
  const interval = 5 * min;
  it('gives each run the time until the next, at most twice the interval', () => {
    const runs = probeRuns(
      [
        sample(0, 'operational'),
        sample(5, 'major_outage'),
        sample(10, 'major_outage'),
        sample(40, 'operational'),
      ],
      interval,
    );
    expect(runSpans(runs, interval)).toEqual([
      span(0, 5, 'operational'),
      span(5, 20, 'major_outage'),
      span(40, 50, 'operational'),
    ]);
  });
  it('a late run (9 min) still covers the gap; 11 min does not', () => {
    const late = probeRuns(
      [sample(0, 'operational'), sample(9, 'operational'), sample(20, 'operational')],
      interval,
    );
    expect(runSpans(late, interval, t0 + 25 * min)).toEqual([
      span(0, 19, 'operational'),
      span(20, 25, 'operational'),
    ]);
  });
});

describe('layer and flatten', () => {
  it('overlays replace the base inside them; overlapping overlays take the worst', () => {
    const base = [span(0, 60, 'operational')];
    const overlay = [span(10, 30, 'degraded_performance'), span(20, 40, 'major_outage')];
    expect(layer(base, overlay)).toEqual([
      span(0, 10, 'operational'),
      span(10, 20, 'degraded_performance'),
      span(20, 40, 'major_outage'),
      span(40, 60, 'operational'),
    ]);
  });
  it('"last" lets the later span win', () => {
    expect(flatten([span(0, 10, 'major_outage'), span(5, 15, 'operational')], 'last')).toEqual([
      span(0, 5, 'major_outage'),
      span(5, 15, 'operational'),
    ]);
  });
  it('an overlay over several base spans and holes', () => {
    const base = [span(0, 10, 'operational'), span(20, 30, 'partial_outage')];
    expect(layer(base, [span(5, 25, 'under_maintenance')])).toEqual([
      span(0, 5, 'operational'),
      span(5, 25, 'under_maintenance'),
      span(25, 30, 'partial_outage'),
    ]);
  });
  it('fillNoData fills holes and clips', () => {
    expect(
      fillNoData([span(10, 20, 'operational'), span(30, 50, 'major_outage')], t0, t0 + 40 * min),
    ).toEqual([
      span(0, 10, 'no_data'),
      span(10, 20, 'operational'),
      span(20, 30, 'no_data'),
      span(30, 40, 'major_outage'),
    ]);
  });
});

describe('layer against a minute-by-minute painter', () => {
  const statuses: Span['status'][] = [
    'operational',
    'degraded_performance',
    'partial_outage',
    'major_outage',
    'no_data',
  ];
  const rank = (s: Span['status']) => statuses.indexOf(s) - (s === 'no_data' ? 99 : 0);
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const randomSpans = (count: number, overlapping: boolean): Span[] => {
    const spans: Span[] = [];
    let cursor = random(10);
    for (let i = 0; i < count; i++) {
      const from = overlapping ? random(100) : cursor + random(5);
      const to = from + 1 + random(20);
      spans.push(span(from, to, statuses[random(statuses.length)]!));
      cursor = to;
    }
    return spans.sort((a, b) => a.from - b.from);
  };
  const paint = (base: Span[], overlay: Span[]) => {
    const minutes = new Map<number, Span['status']>();
    for (const s of base) for (let m = s.from; m < s.to; m += min) minutes.set(m, s.status);
    const covered = new Map<number, Span['status']>();
    for (const s of overlay) {
      for (let m = s.from; m < s.to; m += min) {
        const seen = covered.get(m);
        if (seen === undefined || rank(s.status) > rank(seen)) covered.set(m, s.status);
      }
    }
    for (const [m, s] of covered) minutes.set(m, s);
    return [...minutes].sort(([a], [b]) => a - b);
  };

  it.each(Array.from({ length: 25 }, (_, i) => i))('random case %i', () => {
    const base = randomSpans(8, false);
    const overlay = randomSpans(5, true);
    const result = layer(base, overlay);
    expect(paint(result, [])).toEqual(paint(base, overlay));
    // The result is sorted, non-overlapping and merged.
    result.forEach((s, i) => {
      expect(s.to).toBeGreaterThan(s.from);
      const next = result[i + 1];
      if (next)
        expect(next.from > s.to || (next.from === s.to && next.status !== s.status)).toBe(true);
    });
  });
});
