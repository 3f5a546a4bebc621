import type { Sample, Span, SpanStatus, StatusSegment } from '../domain/data.ts';
import { worstStatus, type ProbeStatus } from '../domain/status.ts';

/** The samples of one probe run (one per location) and what they add up to. */
export interface ProbeRun {
  /** Epoch ms of the run's first sample. */
  time: number;
  /** The vote of its locations: all failed → major, some failed → partial, else the worst. */
  status: ProbeStatus;
  /** Its samples, one per location. */
  samples: Sample[];
}

/** How bad a span status is, for resolving overlaps ("no data" ranks lowest). */
const rank: Record<SpanStatus, number> = {
  no_data: -1,
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

/** One run's status from its locations: all failed → major, some → partial, else the worst. */
export function voteStatus(statuses: ProbeStatus[]): ProbeStatus {
  const failed = statuses.filter((s) => s === 'major_outage').length;
  if (failed > 0) return failed === statuses.length ? 'major_outage' : 'partial_outage';
  return worstStatus(statuses) as ProbeStatus;
}

/**
 * Groups samples (any order) into runs: samples of different locations taken within half an
 * interval of a run's first sample belong to that run. Samples of checks that could not run
 * (error kind `config`) are left out.
 */
export function probeRuns(samples: Sample[], interval: number): ProbeRun[] {
  // A check that could not run as configured (e.g. a missing secret) measured nothing: it is no
  // data, not an outage customers should see.
  const sorted = samples
    .filter((sample) => sample.error?.kind !== 'config')
    .map((sample) => ({ sample, time: Date.parse(sample.time) }))
    .sort((a, b) => a.time - b.time || (a.sample.location < b.sample.location ? -1 : 1));
  const runs: ProbeRun[] = [];
  let current: ProbeRun | undefined;
  for (const { sample, time } of sorted) {
    const joins =
      current &&
      time - current.time < interval / 2 &&
      !current.samples.some((s) => s.location === sample.location);
    if (joins) current!.samples.push(sample);
    else {
      current = { time, status: 'operational', samples: [sample] };
      runs.push(current);
    }
  }
  for (const run of runs) run.status = voteStatus(run.samples.map((s) => s.status));
  return runs;
}

/**
 * Spans measured by the runs: the time after a run belongs to it until the next run, at most
 * twice the interval (later is no data; the gap itself is left out). `until` cuts the last one.
 */
export function runSpans(runs: ProbeRun[], interval: number, until = Infinity): Span[] {
  const spans: Span[] = [];
  runs.forEach((run, i) => {
    const next = runs[i + 1]?.time ?? Infinity;
    const to = Math.min(next, run.time + 2 * interval, until);
    if (to > run.time) pushSpan(spans, { from: run.time, to, status: run.status });
  });
  return spans;
}

/** Stored segments as spans. */
export function segmentSpans(segments: StatusSegment[]): Span[] {
  const spans: Span[] = [];
  for (const s of segments)
    pushSpan(spans, { from: Date.parse(s.from), to: Date.parse(s.to), status: s.status });
  return spans;
}

/** Appends a span, merging it into the previous one when contiguous with the same status. */
export function pushSpan(spans: Span[], span: Span): void {
  const last = spans[spans.length - 1];
  if (last && last.status === span.status && last.to === span.from) last.to = span.to;
  else spans.push({ ...span });
}

/**
 * Lays `overlay` spans over `base` (sorted, non-overlapping): inside an overlay the base is
 * replaced; where overlays overlap each other, `resolve` picks (see flatten). Used for newer data
 * over older, incidents over probes, and maintenance over everything.
 */
export function layer(base: Span[], overlay: Span[], resolve: 'worst' | 'last' = 'worst'): Span[] {
  if (overlay.length === 0) return base;
  const top = flatten(overlay, resolve);
  const rest: Span[] = [];
  let j = 0;
  for (const span of base) {
    while (j < top.length && top[j]!.to <= span.from) j++;
    let from = span.from;
    for (let k = j; from < span.to; k++) {
      const cover = top[k];
      if (!cover || cover.from >= span.to) {
        rest.push({ from, to: span.to, status: span.status });
        break;
      }
      if (cover.from > from) rest.push({ from, to: cover.from, status: span.status });
      from = Math.max(from, cover.to);
    }
  }
  const result: Span[] = [];
  for (const span of [...rest, ...top].sort((a, b) => a.from - b.from)) pushSpan(result, span);
  return result;
}

/**
 * Non-overlapping spans from possibly overlapping ones, by a sweep over their ends: the worst
 * status wins, or with `last` the span given later.
 */
export function flatten(spans: Span[], resolve: 'worst' | 'last' = 'worst'): Span[] {
  const order = spans
    .map((span, index) => ({ span, index }))
    .sort((a, b) => a.span.from - b.span.from);
  const points = [...new Set(spans.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
  const result: Span[] = [];
  let active: { span: Span; index: number }[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    active = active.filter((a) => a.span.to > from);
    while (next < order.length && order[next]!.span.from <= from) active.push(order[next++]!);
    let best: { span: Span; index: number } | undefined;
    for (const a of active) {
      const better =
        !best ||
        (resolve === 'last' ? a.index > best.index : rank[a.span.status] > rank[best.span.status]);
      if (better) best = a;
    }
    if (best) pushSpan(result, { from, to, status: best.span.status });
  }
  return result;
}

/** Fills the holes between spans (and before/after them, within [from, to)) with no data, clipped. */
export function fillNoData(spans: Span[], from: number, to: number): Span[] {
  const result: Span[] = [];
  let cursor = from;
  for (const span of spans) {
    const start = Math.max(span.from, from);
    const end = Math.min(span.to, to);
    if (end <= start) continue;
    if (start > cursor) pushSpan(result, { from: cursor, to: start, status: 'no_data' });
    pushSpan(result, { from: start, to: end, status: span.status });
    cursor = Math.max(cursor, end);
  }
  if (cursor < to) pushSpan(result, { from: cursor, to, status: 'no_data' });
  return result;
}
