import type { Incident } from '../../src/domain/incident.ts';
import { incidentFacts } from '../../src/lib/incident-facts.ts';
import type { SimulatedIncident } from '../../src/lib/simulate.ts';
import type { DemoRoles } from './demo-config.ts';

const minute = 60_000;
const hour = 60 * minute;

/**
 * The disturbances the simulated history must show so that the bars tell the same story as the page:
 * each example incident's outage on its days, the flapping component's short failures over the last
 * day, the slow one's degraded afternoon, and the down one since its open incident began.
 */
export function demoDisturbances(
  roles: DemoRoles,
  incidents: Incident[],
  now: Date,
): SimulatedIncident[] {
  const at = (msAgo: number) => new Date(now.getTime() - msAgo);
  const flaps = Array.from({ length: 12 }, (_, i) => ({
    component: roles.flapping,
    from: at((i + 1) * 2 * hour),
    to: at((i + 1) * 2 * hour - 10 * minute),
    status: 'major_outage' as const,
  }));
  return [
    ...incidents.flatMap((incident) => fromIncident(incident, now)),
    ...flaps,
    { component: roles.slow, from: at(5 * hour), to: now, status: 'degraded_performance' },
    { component: roles.down, from: at(45 * minute), to: now, status: 'major_outage' },
  ];
}

/** What the probes would have measured during an incident (maintenance is declared, not measured). */
function fromIncident(incident: Incident, now: Date): SimulatedIncident[] {
  if (incident.kind === 'maintenance') return [];
  const facts = incidentFacts(incident, now);
  const to = facts.resolvedAt ?? now;
  if (to.getTime() > now.getTime()) return [];
  return Object.entries(incident.components).flatMap(([component, status]) =>
    status === 'operational' || status === 'under_maintenance'
      ? []
      : [{ component, from: facts.startedAt, to, status }],
  );
}
