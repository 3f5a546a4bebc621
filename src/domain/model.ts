/**
 * The shapes the site, the feeds, the API and the notifier read. They are computed once per
 * build from the config, the probe data and the incidents (src/lib/site-data.ts), so every
 * page renders from one index instead of filtering raw data again.
 */
import type { Catalogue } from './catalogue.ts';
import type { StatusConfig } from './config.ts';
import type { Incident, UpdateStatus } from './incident.ts';
import type { Problem } from './problem.ts';
import type { ComponentStatus, PageIndicator } from './status.ts';

/** Seconds of each kind of time in one calendar day (page's zone) of one component. */
export interface DaySeconds {
  /** Major outage. */
  major: number;
  /** Partial outage. */
  partial: number;
  /** Degraded performance (does not lower uptime). */
  degraded: number;
  /** Under maintenance (left out of uptime). */
  maintenance: number;
  /** No measurement (gaps beyond twice the interval, before the first sample, manual components without incident). */
  noData: number;
  /** Time that counts for uptime: the day's length minus maintenance, no data and time before `since`. */
  covered: number;
}

/** One day of the 90-day bar or an uptime calendar. */
export interface DaySummary {
  /** Calendar date in the page's zone, YYYY-MM-DD. */
  date: string;
  /** Seconds per kind; for a group, summed over its components. */
  seconds: DaySeconds;
  /** What the day shows: data with or without downtime, maintenance only, or nothing measured. */
  kind: 'ok' | 'outage' | 'maintenance' | 'no_data';
  /** Bar colour (hex), on SPEC's continuous scale. */
  colour: string;
  /** Uptime of the day, truncated to 2 decimals ("99.87"); null without covered time. */
  uptime: string | null;
  /** Ids of incidents and maintenance that touched this component on this day. */
  incidents: string[];
  /** For groups: how many of its components had an outage (major or partial) this day. */
  componentsWithOutage?: number;
}

/** One point of a response-time chart. */
export interface LatencyPoint {
  /** Start of the sample or hour (ISO 8601, UTC). */
  time: string;
  /** Milliseconds: the sample's latency, or the hour's average. */
  avg: number;
  /** The hour's 95th percentile (equals avg for raw samples). */
  p95: number;
}

/** Response times and uptime of one component over one period, for /metrics/. */
export interface LatencySeries {
  /** `day`: the last 24 h of raw samples; `week`, `month`: hourly avg and p95. */
  period: 'day' | 'week' | 'month';
  /** Points, oldest first. */
  points: LatencyPoint[];
  /** Uptime over the period, truncated ("99.87"); null without covered time. */
  uptime: string | null;
}

/** A component's or group's state for the page. */
export interface ComponentState {
  /** Component or group id. */
  id: string;
  /** Current status, with SPEC's precedence (maintenance, then incident, then probe). */
  status: ComponentStatus;
  /** Why (for the row's title): e.g. the latest probe's failure message, or the incident's title. */
  reason: string | undefined;
  /** When the latest probe result was taken (ISO), undefined for none. */
  lastChecked: string | undefined;
  /** The last 90 days, oldest first, today last. */
  days: DaySummary[];
  /** Uptime over those 90 days, truncated ("99.87"); null without covered time. */
  uptime90: string | null;
}

/** Facts about an incident that depend on the clock or on its updates. */
export interface IncidentFacts {
  /** Current status (a maintenance moves by the clock unless an update says otherwise). */
  status: UpdateStatus;
  /** Whether it still affects components now (unresolved incident, or maintenance in progress). */
  active: boolean;
  /** A maintenance that has not started yet. */
  upcoming: boolean;
  /** First update (or maintenance start, for maintenance). */
  startedAt: Date;
  /** The Resolved/Completed update, or maintenance end once passed. */
  resolvedAt: Date | undefined;
  /** The first Monitoring update. */
  monitoringAt: Date | undefined;
  /** The newest update. */
  updatedAt: Date;
  /** The oldest update (when it was published). */
  createdAt: Date;
  /** Seconds from start to resolution (or to now while open). */
  durationSeconds: number;
}

/** An incident with its derived facts. */
export interface IncidentView extends Incident {
  /** Derived facts at build time. */
  facts: IncidentFacts;
}

/** Everything a build (or the notifier) needs, computed once. */
export interface SiteData {
  /** The settings. */
  config: StatusConfig;
  /** Components and groups. */
  catalogue: Catalogue;
  /** The moment the data describes (build time). */
  now: Date;
  /** Published incidents and maintenance (no drafts), newest first by start. */
  incidents: IncidentView[];
  /** State per component and per group id. */
  states: Map<string, ComponentState>;
  /** Every day from the component's first data (or `since`) to today, oldest first, per component
   * and group id: the uptime calendars. The last 90 entries equal `states.get(id).days`. */
  history: Map<string, DaySummary[]>;
  /** Response-time series per component id: day, week and month. */
  latency: Map<string, LatencySeries[]>;
  /** The page indicator. */
  indicator: PageIndicator;
  /** Problems met while loading (damaged data files are named here; the rest still builds). */
  problems: Problem[];
}
