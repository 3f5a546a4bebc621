import type { Component, Group } from '../domain/catalogue.ts';
import type { Sample } from '../domain/data.ts';
import type { ComponentState, DaySummary, IncidentView } from '../domain/model.ts';
import {
  indicatorFor,
  worstStatus,
  type ComponentStatus,
  type PageIndicator,
} from '../domain/status.ts';
import { sumSeconds } from './day-summary.ts';
import { probeRuns } from './timeline.ts';
import { uptimePercent } from './uptime.ts';

/** A component's status now, with the reason shown on its row. */
export interface CurrentStatus {
  /** SPEC's precedence: maintenance in progress, then an open incident, then the latest probe. */
  status: ComponentStatus;
  /** Why. */
  reason: string | undefined;
  /** The latest sample's time (ISO), if any. */
  lastChecked: string | undefined;
}

/** The current status of one component from the active incidents and its latest probe run. */
export function currentStatus(
  component: Component,
  samples: Sample[],
  incidents: IncidentView[],
  interval: number,
  now: number,
): CurrentStatus {
  const runs = probeRuns(samples, interval);
  const latest = runs[runs.length - 1];
  const lastChecked = latest ? latest.samples[latest.samples.length - 1]!.time : undefined;
  const active = incidents.filter(
    (i) => i.facts.active && i.components[component.id] !== undefined,
  );
  const maintenance = active.find((i) => i.kind === 'maintenance');
  if (maintenance) return { status: 'under_maintenance', reason: maintenance.title, lastChecked };
  const declared = active.filter((i) => i.kind === 'incident');
  if (declared.length > 0) {
    const status = worstStatus(declared.map((i) => i.components[component.id]!));
    const cause = declared.find((i) => i.components[component.id] === status)!;
    return { status, reason: cause.title, lastChecked };
  }
  if (component.manual !== undefined)
    return { status: 'operational', reason: component.manual, lastChecked };
  if (!latest) return { status: 'operational', reason: 'No measurements yet.', lastChecked };
  const failures = latest.samples.filter((s) => s.error);
  let reason =
    failures.length === 0
      ? undefined
      : failures
          .map((s) =>
            latest.samples.length > 1 ? `${s.location}: ${s.error!.message}` : s.error!.message,
          )
          .join('; ');
  // A stopped probe must not look like a healthy one: say how old the status is.
  if (now - latest.time > 2 * interval) {
    reason = `No measurement since ${lastChecked}.${reason ? ` ${reason}` : ''}`;
  }
  return { status: latest.status, reason, lastChecked };
}

/** A component's full state: its current status plus the last 90 days. */
export function componentState(
  component: Component,
  current: CurrentStatus,
  days: DaySummary[],
): ComponentState {
  // A manual component is never measured: an uptime figure would only describe its incident days.
  const uptime90 = component.manual !== undefined ? null : uptimePercent(sumSeconds(days));
  return { id: component.id, ...current, days, uptime90 };
}

/** A group's state: the worst of its components; the reason names the components in trouble. */
export function groupState(
  group: Group,
  members: ComponentState[],
  days: DaySummary[],
): ComponentState {
  const status = worstStatus(members.map((m) => m.status));
  const troubled = members.filter((m) => m.status !== 'operational');
  const names = new Map(group.components.map((c) => [c.id, c.name]));
  const reason = troubled.length > 0 ? troubled.map((m) => names.get(m.id)).join(', ') : undefined;
  const checked = members
    .map((m) => m.lastChecked)
    .filter((t): t is string => t !== undefined)
    .sort();
  return {
    id: group.id,
    status,
    reason,
    lastChecked: checked[checked.length - 1],
    days,
    uptime90: uptimePercent(sumSeconds(days)),
  };
}

/** The page indicator from every component's (leaf's) current status. */
export function pageIndicator(states: ComponentState[]): PageIndicator {
  return indicatorFor(states.map((s) => s.status));
}
