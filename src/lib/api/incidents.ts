/** Statuspage v2 incident and scheduled-maintenance objects, built from published incidents. */
import type { UpdateStatus } from '../../domain/incident.ts';
import type { IncidentView } from '../../domain/model.ts';
import type {
  ComponentStatus,
  IncidentImpact,
  IncidentStatus,
  MaintenanceStatus,
} from '../../domain/status.ts';
import type { SiteUrls } from '../urls.ts';
import type { ApiComponent } from './components.ts';
import { isoInZone, isoOrNull } from './iso-time.ts';

/** One component's change in an update. */
export interface ApiAffectedComponent {
  code: string;
  name: string;
  old_status: ComponentStatus;
  new_status: ComponentStatus;
}

/** Statuspage's incident update. */
export interface ApiIncidentUpdate {
  id: string;
  status: IncidentStatus | MaintenanceStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: ApiAffectedComponent[] | null;
}

/** Statuspage's incident; a scheduled maintenance adds its window. */
export interface ApiIncident {
  id: string;
  name: string;
  status: IncidentStatus | MaintenanceStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: IncidentImpact | 'maintenance';
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: ApiIncidentUpdate[];
  components: ApiComponent[];
  scheduled_for?: string;
  scheduled_until?: string;
}

/** What building an incident needs besides the incident. */
export interface IncidentContext {
  pageId: string;
  timeZone: string;
  urls: SiteUrls;
  /** Leaf components by id, as the API shows them. */
  components: Map<string, ApiComponent>;
}

type Kind = IncidentView['kind'];

// Statuspage keeps incident and maintenance words apart; a word of the other kind maps to its twin.
const asIncident: Record<Exclude<UpdateStatus, 'update'>, IncidentStatus> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  postmortem: 'postmortem',
  scheduled: 'investigating',
  in_progress: 'identified',
  verifying: 'monitoring',
  completed: 'resolved',
};
const asMaintenance: Record<Exclude<UpdateStatus, 'update'>, MaintenanceStatus> = {
  investigating: 'in_progress',
  identified: 'in_progress',
  monitoring: 'verifying',
  resolved: 'completed',
  postmortem: 'completed',
  scheduled: 'scheduled',
  in_progress: 'in_progress',
  verifying: 'verifying',
  completed: 'completed',
};

/** The Statuspage status word of `status` for this kind; a plain "update" keeps `previous`. */
export function apiStatus(
  kind: Kind,
  status: UpdateStatus,
  previous: IncidentStatus | MaintenanceStatus | undefined,
): IncidentStatus | MaintenanceStatus {
  if (status === 'update')
    return previous ?? (kind === 'maintenance' ? 'scheduled' : 'investigating');
  return kind === 'maintenance' ? asMaintenance[status] : asIncident[status];
}

/** Whether a status word means the incident is over for its components. */
function isOver(status: IncidentStatus | MaintenanceStatus): boolean {
  return ['resolved', 'postmortem', 'completed', 'scheduled'].includes(status);
}

/** The incident or maintenance as Statuspage shows it. */
export function apiIncident(view: IncidentView, context: IncidentContext): ApiIncident {
  const { facts } = view;
  const zone = context.timeZone;
  const updates = apiUpdates(view, context);
  const latest = updates[0]?.status;
  const base: ApiIncident = {
    id: view.id,
    name: view.title,
    status: currentStatus(view, latest),
    created_at: isoInZone(facts.createdAt, zone),
    updated_at: isoInZone(facts.updatedAt, zone),
    monitoring_at: isoOrNull(facts.monitoringAt, zone),
    resolved_at: isoOrNull(facts.resolvedAt, zone),
    impact: view.kind === 'maintenance' ? 'maintenance' : view.impact,
    shortlink: context.urls.absolute(context.urls.incident(view.id)),
    started_at: isoInZone(facts.startedAt, zone),
    page_id: context.pageId,
    incident_updates: updates,
    components: affected(view, context),
  };
  if (view.kind !== 'maintenance' || !view.maintenance) return base;
  return {
    ...base,
    scheduled_for: isoInZone(view.maintenance.start, zone),
    scheduled_until: isoInZone(view.maintenance.end, zone),
  };
}

/** Facts first (a maintenance moves by the clock); the newest update's word otherwise. */
function currentStatus(
  view: IncidentView,
  latest: IncidentStatus | MaintenanceStatus | undefined,
): IncidentStatus | MaintenanceStatus {
  const { facts } = view;
  if (facts.status !== 'update') return apiStatus(view.kind, facts.status, latest);
  if (view.kind === 'maintenance') {
    if (facts.upcoming) return 'scheduled';
    return facts.active ? (latest === 'verifying' ? latest : 'in_progress') : 'completed';
  }
  return latest ?? (facts.active ? 'investigating' : 'resolved');
}

function affected(view: IncidentView, context: IncidentContext): ApiComponent[] {
  return [...context.components.values()].filter((component) => component.id in view.components);
}

/** Updates newest first, each with the component changes it brought (null where none). */
function apiUpdates(view: IncidentView, context: IncidentContext): ApiIncidentUpdate[] {
  const zone = context.timeZone;
  const components = affected(view, context);
  let previous: IncidentStatus | MaintenanceStatus | undefined;
  let before = new Map(components.map((c) => [c.id, 'operational' as ComponentStatus]));
  const oldestFirst = [...view.updates].sort((a, b) => a.at.getTime() - b.at.getTime());
  const result = oldestFirst.map((update): ApiIncidentUpdate => {
    const status = apiStatus(view.kind, update.status, previous);
    previous = status;
    const after = new Map(
      components.map((c) => [c.id, isOver(status) ? 'operational' : view.components[c.id]!]),
    );
    const changes = components
      .filter((c) => before.get(c.id) !== after.get(c.id))
      .map((c) => ({
        code: c.id,
        name: c.name,
        old_status: before.get(c.id)!,
        new_status: after.get(c.id)!,
      }));
    before = after;
    const at = isoInZone(update.at, zone);
    return {
      id: update.id,
      status,
      body: update.text,
      incident_id: view.id,
      created_at: at,
      updated_at: at,
      display_at: at,
      affected_components: changes.length > 0 ? changes : null,
    };
  });
  return result.reverse();
}
