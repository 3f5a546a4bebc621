/**
 * Decides what is new since the last notification run. Pure: the previous state, the site's
 * data, the recent samples and the clock in; the events to send and the next state out.
 *
 * The first run (no previous state) records a baseline: it announces only incidents still open
 * and maintenance in progress or upcoming, never resolved history or probe statuses. Later runs
 * announce new incidents, new updates, maintenance starting and ending by the clock, and probe
 * status changes confirmed over `notifications.confirmRuns` runs. An incident first seen after
 * it was closed more than a day ago (a back-filled post) is recorded without a message.
 */
import type { SiteData } from '../../domain/model.ts';
import { confirmedStatus, type RecentSample } from './confirm.ts';
import { componentEvent, incidentEvent, type StatusChange } from './events.ts';
import type { NotificationEvent, NotificationState } from './state.ts';

/** What the planner reads of the site data. */
export type NotifySiteData = Pick<SiteData, 'config' | 'catalogue' | 'incidents'>;

/** The planner's answer. */
export interface NotificationPlan {
  /** New events, in the order they should be sent. */
  events: NotificationEvent[];
  /** The state to store: seen incidents and statuses, and the outbox with the new events. */
  state: NotificationState;
}

/** Closed incidents older than this when first seen are history, not news. */
const backfillAge = 24 * 60 * 60 * 1000;

/** Plans the notifications of one run. */
export function planNotifications(
  previous: NotificationState | undefined,
  site: NotifySiteData,
  recentSamples: ReadonlyMap<string, readonly RecentSample[]>,
  now: Date,
): NotificationPlan {
  const firstRun = previous === undefined;
  const before = previous ?? { version: 1, incidents: {}, components: {}, outbox: [] };
  const { config, catalogue } = site;
  const language = config.site.language;
  const events: NotificationEvent[] = [];
  const incidents: NotificationState['incidents'] = {};

  for (const incident of site.incidents) {
    if (incident.draft) continue;
    const seen = before.incidents[incident.id];
    const posted = incident.updates.filter((update) => update.at <= now).map((update) => update.id);
    const { status } = incident.facts;
    incidents[incident.id] = {
      updates: [...new Set([...(seen?.updates ?? []), ...posted])].sort(),
      status,
    };
    const newUpdates = posted.filter((id) => !seen?.updates.includes(id)).length;
    if (seen && newUpdates === 0 && seen.status === status) continue;
    // `notify: false` in the file: published and recorded, announced to nobody.
    if (incident.notify === false) continue;
    const current = incident.facts.active || incident.facts.upcoming;
    const closedAt = incident.facts.resolvedAt ?? incident.facts.updatedAt;
    const announce = firstRun
      ? current
      : current || now.getTime() - closedAt.getTime() <= backfillAge;
    if (!announce) continue;
    const change = { isNew: !seen, previousStatus: seen?.status, newUpdates };
    events.push(incidentEvent(incident, change, catalogue, config.site.url, language, now));
  }

  const quiet = inMaintenance(site);
  const { components, changes } = probeChanges(before.components, site, recentSamples, quiet);
  const news = firstRun ? [] : changes;
  if (news.length > 0) events.push(componentEvent(news, catalogue, config.site.url, language));

  const queued = new Set(before.outbox.map((entry) => entry.event.id));
  const fresh = events.filter((event) => !queued.has(event.id));
  const outbox = [
    ...before.outbox,
    ...fresh.map((event) => ({ event, queuedAt: now.toISOString(), delivered: [] })),
  ];
  return { events: fresh, state: { version: 1, incidents, components, outbox } };
}

/**
 * Confirmed probe statuses of every probed component, and the changes against the stored ones.
 * A component in maintenance keeps its stored status: its failures are expected, and an outage
 * that outlasts the maintenance must still be announced (and a recovery from an unannounced
 * failure must not be).
 */
function probeChanges(
  stored: NotificationState['components'],
  site: NotifySiteData,
  recentSamples: ReadonlyMap<string, readonly RecentSample[]>,
  quiet: ReadonlySet<string>,
): { components: NotificationState['components']; changes: StatusChange[] } {
  const runs = site.config.notifications.confirmRuns;
  const staleAfter = 2 * site.catalogue.interval;
  const components: NotificationState['components'] = {};
  const changes: StatusChange[] = [];
  for (const component of site.catalogue.components) {
    if (!component.check) continue;
    const samples = recentSamples.get(component.id) ?? [];
    const confirmed = confirmedStatus(samples, runs, staleAfter);
    const previous = stored[component.id];
    if (quiet.has(component.id)) {
      if (previous !== undefined) components[component.id] = previous;
      continue;
    }
    const status = confirmed ?? previous;
    if (status === undefined) continue;
    components[component.id] = status;
    if (confirmed && previous && confirmed !== previous) {
      const time = samples
        .map((s) => s.time)
        .sort()
        .at(-1)!;
      changes.push({ id: component.id, from: previous, to: confirmed, time });
    }
  }
  return { components, changes };
}

/** Components inside a maintenance in progress: their probe failures are expected, not news. */
function inMaintenance(site: NotifySiteData): Set<string> {
  const ids = new Set<string>();
  for (const incident of site.incidents) {
    if (incident.kind !== 'maintenance' || incident.draft) continue;
    // In progress by the clock unless an update said otherwise (completed early, say): the facts.
    if (incident.facts.active) for (const id of Object.keys(incident.components)) ids.add(id);
  }
  return ids;
}
