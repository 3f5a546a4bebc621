import type { Incident, IncidentUpdate, UpdateStatus } from '../domain/incident.ts';
import type { IncidentFacts } from '../domain/model.ts';
import type { MaintenanceStatus } from '../domain/status.ts';

/** A maintenance's statuses in the order it moves through them. */
const maintenanceOrder: MaintenanceStatus[] = [
  'scheduled',
  'in_progress',
  'verifying',
  'completed',
];

const isClosing = (status: UpdateStatus) =>
  status === 'resolved' || status === 'postmortem' || status === 'completed';

/**
 * Facts about an incident at a moment. Updates dated after `now` are not counted yet (they take
 * effect when their time comes). A maintenance moves scheduled → in_progress → completed by its
 * window; an update moves it further (e.g. Completed before the end), never back: to postpone or
 * extend a maintenance, change its window.
 */
export function incidentFacts(incident: Incident, now: Date): IncidentFacts {
  const posted = incident.updates.filter((update) => update.at.getTime() <= now.getTime());
  // Before its first update is due (only a pre-dated file), the incident is read as written.
  const updates = posted.length > 0 ? posted : incident.updates;
  const newest = updates[0]!;
  const oldest = updates.at(-1)!;
  const declared = updates.find((update) => update.status !== 'update')?.status;
  const monitoringAt = updates.findLast((update) => update.status === 'monitoring')?.at;
  const base = { monitoringAt, updatedAt: newest.at, createdAt: oldest.at };

  if (incident.kind === 'maintenance' && incident.maintenance) {
    const { start, end } = incident.maintenance;
    const status = maintenanceStatus(declared, start, end, now);
    const completedAt = closingTime(updates) ?? (status === 'completed' ? end : undefined);
    const resolvedAt = status === 'completed' ? completedAt : undefined;
    const startedAt = start;
    return {
      ...base,
      status,
      active: status === 'in_progress' || status === 'verifying',
      upcoming: status === 'scheduled',
      startedAt,
      resolvedAt,
      durationSeconds: seconds(startedAt, resolvedAt ?? now),
    };
  }
  const status = declared ?? 'investigating';
  const resolvedAt = isClosing(status) ? (closingTime(updates) ?? newest.at) : undefined;
  return {
    ...base,
    status,
    active: !isClosing(status),
    upcoming: false,
    startedAt: oldest.at,
    resolvedAt,
    durationSeconds: seconds(oldest.at, resolvedAt ?? now),
  };
}

/** The later of the clock's status and the newest declared one. */
function maintenanceStatus(
  declared: UpdateStatus | undefined,
  start: Date,
  end: Date,
  now: Date,
): MaintenanceStatus {
  const t = now.getTime();
  const clock: MaintenanceStatus =
    t < start.getTime() ? 'scheduled' : t < end.getTime() ? 'in_progress' : 'completed';
  const said = maintenanceOrder.indexOf(declared as MaintenanceStatus);
  return said > maintenanceOrder.indexOf(clock) ? maintenanceOrder[said]! : clock;
}

/** When it was closed: the Resolved/Completed update of the current closing (a re-opened incident closes anew). */
function closingTime(updates: IncidentUpdate[]): Date | undefined {
  let closing: Date | undefined;
  for (const update of updates) {
    if (update.status === 'resolved' || update.status === 'completed') closing = update.at;
    else if (update.status !== 'update' && update.status !== 'postmortem') break;
  }
  return closing;
}

function seconds(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 1000));
}
