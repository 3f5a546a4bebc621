import type { Catalogue } from '../domain/catalogue.ts';
import type { HourlyRollup, Sample, StatusSegment } from '../domain/data.ts';
import type { ComponentState, DaySummary, IncidentView, LatencySeries } from '../domain/model.ts';
import type { PageIndicator } from '../domain/status.ts';
import { componentTimeline, declaredSpans } from './component-timeline.ts';
import { groupDays, secondsIn, secondsPerDay, summarise } from './day-summary.ts';
import { latencySeries } from './latency.ts';
import { componentState, currentStatus, groupState, pageIndicator } from './states.ts';
import { uptimePercent } from './uptime.ts';
import { addDays, dayBounds, datesBetween, zonedDate } from './zoned-days.ts';

/** Days in the bars. */
export const barDays = 90;

/** The stored data of one component that the computation needs. */
export interface StoredData {
  /** Raw samples, any order. */
  samples: Sample[];
  /** Hourly latency roll-ups. */
  hourly: HourlyRollup[];
  /** Compacted status segments. */
  segments: StatusSegment[];
}

/** What the aggregates are computed from. */
export interface AggregateInput {
  /** Components and groups. */
  catalogue: Catalogue;
  /** Stored data per component id (missing = none). */
  data: Map<string, StoredData>;
  /** Published incidents and maintenance with their facts. */
  incidents: IncidentView[];
  /** The moment described. */
  now: Date;
  /** The page's zone. */
  timezone: string;
}

/** Everything SiteData holds that comes from probe data. */
export interface Aggregates {
  /** State per component and group id. */
  states: Map<string, ComponentState>;
  /** Every day since the first data (at least 90), per component and group id. */
  history: Map<string, DaySummary[]>;
  /** Latency series per probed component. */
  latency: Map<string, LatencySeries[]>;
  /** The page indicator. */
  indicator: PageIndicator;
}

/** Computes states, day histories, latency series and the indicator for the whole catalogue. */
export function buildAggregates(input: AggregateInput): Aggregates {
  const { catalogue, incidents, timezone } = input;
  const now = input.now.getTime();
  const today = zonedDate(now, timezone);
  const declared = declaredSpans(incidents, now);
  const empty: StoredData = { samples: [], hourly: [], segments: [] };
  const starts = new Map(
    catalogue.components.map((c) => [c.id, firstDate(c.id, input, declared, today)]),
  );
  const first = [...starts.values()].sort()[0] ?? addDays(today, 1 - barDays);
  const dates = datesBetween(first, today);
  const from = dayBounds(first, timezone)[0];

  const states = new Map<string, ComponentState>();
  const history = new Map<string, DaySummary[]>();
  const latency = new Map<string, LatencySeries[]>();
  const full = new Map<string, DaySummary[]>();
  for (const component of catalogue.components) {
    const data = input.data.get(component.id) ?? empty;
    const own = declared.get(component.id) ?? [];
    const spans = componentTimeline({
      component,
      ...data,
      declared: own,
      interval: catalogue.interval,
      from,
      now,
      timezone,
    });
    const days = secondsPerDay(spans, dates, timezone, now).map((seconds, i) => {
      const [start, end] = dayBounds(dates[i]!, timezone);
      const touching = own.filter((d) => d.from < end && d.to > start).map((d) => d.incident);
      return summarise(dates[i]!, seconds, [...new Set(touching)]);
    });
    full.set(component.id, days);
    history.set(component.id, days.slice(dates.indexOf(starts.get(component.id)!)));
    const current = currentStatus(component, data.samples, incidents, catalogue.interval, now);
    states.set(component.id, componentState(component, current, days.slice(-barDays)));
    if (component.check) {
      const uptimeOf = (a: number, b: number) => uptimePercent(secondsIn(spans, a, b));
      latency.set(component.id, latencySeries(data.samples, data.hourly, now, uptimeOf));
    }
  }
  for (const group of catalogue.groups) {
    const days = groupDays(group.components.map((c) => full.get(c.id)!));
    const start = group.components.map((c) => starts.get(c.id)!).sort()[0]!;
    history.set(group.id, days.slice(dates.indexOf(start)));
    const members = group.components.map((c) => states.get(c.id)!);
    states.set(group.id, groupState(group, members, days.slice(-barDays)));
  }
  const indicator = pageIndicator(catalogue.components.map((c) => states.get(c.id)!));
  return { states, history, latency, indicator };
}

/** The first day of a component's calendar: its first data, `since` or incident, at most 90 days back. */
function firstDate(
  id: string,
  input: AggregateInput,
  declared: Map<string, { from: number }[]>,
  today: string,
): string {
  const { timezone } = input;
  const candidates = [addDays(today, 1 - barDays)];
  const data = input.data.get(id);
  const component = input.catalogue.components.find((c) => c.id === id);
  const firstSegment = data?.segments[0];
  if (firstSegment) candidates.push(zonedDate(Date.parse(firstSegment.from), timezone));
  const firstSample = data?.samples.reduce<number>(
    (min, s) => Math.min(min, Date.parse(s.time)),
    Infinity,
  );
  if (firstSample !== undefined && firstSample !== Infinity)
    candidates.push(zonedDate(firstSample, timezone));
  const firstDeclared = declared.get(id)?.[0];
  if (firstDeclared) candidates.push(zonedDate(firstDeclared.from, timezone));
  if (component?.since !== undefined) candidates.push(component.since);
  return candidates.sort()[0]!;
}
