import type { Component } from '../domain/catalogue.ts';
import type { Sample, Span, StatusSegment } from '../domain/data.ts';
import type { IncidentView } from '../domain/model.ts';
import { fillNoData, layer, probeRuns, runSpans, segmentSpans } from './timeline.ts';
import { dayBounds, zonedDate } from './zoned-days.ts';

/** The time an incident or maintenance declared a status for one component. */
export interface DeclaredSpan extends Span {
  /** The incident's id (for the day's related incidents). */
  incident: string;
}

/**
 * What incidents and maintenance declared for each component: incidents from their start to their
 * resolution (or now), maintenance over the time it was in progress. Upcoming ones declare nothing.
 */
export function declaredSpans(incidents: IncidentView[], now: number): Map<string, DeclaredSpan[]> {
  const byComponent = new Map<string, DeclaredSpan[]>();
  for (const incident of incidents) {
    if (incident.facts.upcoming) continue;
    const from = incident.facts.startedAt.getTime();
    const to = Math.min(incident.facts.resolvedAt?.getTime() ?? now, now);
    if (to <= from) continue;
    for (const [id, declared] of Object.entries(incident.components)) {
      const status = incident.kind === 'maintenance' ? 'under_maintenance' : declared;
      const list = byComponent.get(id) ?? [];
      list.push({ from, to, status, incident: incident.id });
      byComponent.set(id, list);
    }
  }
  for (const list of byComponent.values()) list.sort((a, b) => a.from - b.from);
  return byComponent;
}

/** Where a component's timeline is built and what it is built from. */
export interface TimelineInput {
  /** The component. */
  component: Component;
  /** Its raw samples (recent days). */
  samples: Sample[];
  /** Its compacted history. */
  segments: StatusSegment[];
  /** What incidents and maintenance declared for it. */
  declared: DeclaredSpan[];
  /** Probe interval in ms. */
  interval: number;
  /** Start of the first day shown (epoch ms). */
  from: number;
  /** The build's moment (epoch ms); nothing after it counts. */
  now: number;
  /** The page's zone. */
  timezone: string;
}

/**
 * A component's status over [from, now), SPEC's precedence applied: maintenance over incidents
 * over probes; gaps beyond twice the interval and time before `since` are no data. A manual
 * component has data only on days an incident touched (the rest of such a day is operational).
 */
export function componentTimeline(input: TimelineInput): Span[] {
  const { component, interval, from, now, timezone } = input;
  let measured: Span[];
  if (component.manual !== undefined) measured = declaredDays(input.declared, timezone, now);
  else {
    // Raw samples are newer and finer than the compacted segments: they win where both exist.
    const runs = runSpans(probeRuns(input.samples, interval), interval, now);
    measured = layer(segmentSpans(input.segments), runs, 'last');
  }
  let spans = fillNoData(measured, from, now);
  const incidents = input.declared.filter((d) => d.status !== 'under_maintenance');
  const maintenance = input.declared.filter((d) => d.status === 'under_maintenance');
  spans = layer(spans, clip(incidents, from, now));
  spans = layer(spans, clip(maintenance, from, now));
  if (component.since !== undefined) {
    const sinceStart = dayBounds(component.since, timezone)[0];
    if (sinceStart > from)
      spans = layer(spans, [{ from, to: Math.min(sinceStart, now), status: 'no_data' }], 'last');
  }
  return spans;
}

/** Whole calendar days touched by declarations, as operational time (manual components). */
function declaredDays(declared: DeclaredSpan[], timezone: string, now: number): Span[] {
  const days: Span[] = [];
  for (const span of declared) {
    for (let t = span.from; t < span.to;) {
      const [start, end] = dayBounds(zonedDate(t, timezone), timezone);
      days.push({ from: start, to: Math.min(end, now), status: 'operational' });
      t = end;
    }
  }
  const sorted = days.sort((a, b) => a.from - b.from);
  const merged: Span[] = [];
  for (const day of sorted) {
    const last = merged[merged.length - 1];
    if (last && day.from <= last.to) last.to = Math.max(last.to, day.to);
    else merged.push(day);
  }
  return merged;
}

function clip(spans: Span[], from: number, to: number): Span[] {
  return spans
    .map((s) => ({ from: Math.max(s.from, from), to: Math.min(s.to, to), status: s.status }))
    .filter((s) => s.to > s.from);
}
