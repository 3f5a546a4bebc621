import { z } from 'zod';

/** A component's status, in Statuspage's vocabulary. */
export const ComponentStatus = z.enum([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);
export type ComponentStatus = z.infer<typeof ComponentStatus>;

/** What a probe can conclude (maintenance is never measured, only declared). */
export const ProbeStatus = ComponentStatus.exclude(['under_maintenance']);
export type ProbeStatus = z.infer<typeof ProbeStatus>;

/** Statuspage's page indicator. */
export const PageIndicator = z.enum(['none', 'minor', 'major', 'critical', 'maintenance']);
export type PageIndicator = z.infer<typeof PageIndicator>;

/** An incident's impact. */
export const IncidentImpact = z.enum(['none', 'minor', 'major', 'critical']);
export type IncidentImpact = z.infer<typeof IncidentImpact>;

/** Where an incident stands. */
export const IncidentStatus = z.enum([
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'postmortem',
]);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

/** Where a maintenance stands. */
export const MaintenanceStatus = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);
export type MaintenanceStatus = z.infer<typeof MaintenanceStatus>;

/**
 * How bad a status is, for "worst of": maintenance ranks below any trouble,
 * so a group with one component down and one in maintenance shows the outage.
 */
const severity: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

/** Orders two statuses from best to worst (for sort). */
export function compareStatus(a: ComponentStatus, b: ComponentStatus): number {
  return severity[a] - severity[b];
}

/** The worst of several statuses; `operational` for none. */
export function worstStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = 'operational';
  for (const status of statuses) if (severity[status] > severity[worst]) worst = status;
  return worst;
}

/** The page indicator Statuspage derives from its components' statuses. */
export function indicatorFor(statuses: Iterable<ComponentStatus>): PageIndicator {
  const list = [...statuses];
  const worst = worstStatus(list);
  if (worst === 'major_outage') {
    // Statuspage: every component down is critical, some down is major.
    return list.every((status) => status === 'major_outage') ? 'critical' : 'major';
  }
  if (worst === 'partial_outage') return 'major';
  if (worst === 'degraded_performance') return 'minor';
  if (worst === 'under_maintenance') return 'maintenance';
  return 'none';
}
