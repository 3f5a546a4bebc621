/** Builds notification events from incidents and probe changes (pure; the plan decides when). */
import type { Catalogue } from '../../domain/catalogue.ts';
import type { IncidentView } from '../../domain/model.ts';
import type { ComponentStatus, ProbeStatus } from '../../domain/status.ts';
import { messages, type Language } from '../i18n.ts';
import { siteUrls } from '../urls.ts';
import type { EventComponent, NotificationEvent } from './state.ts';

/** A confirmed probe status change of one component. */
export interface StatusChange {
  /** Component id. */
  id: string;
  /** Confirmed status before. */
  from: ProbeStatus;
  /** Confirmed status now. */
  to: ProbeStatus;
  /** Newest sample that confirmed it (ISO). */
  time: string;
}

const phrases = {
  en: {
    started: 'The maintenance has started.',
    completed: 'The maintenance is completed.',
    changed: (n: number) => `${n} components changed status`,
  },
  de: {
    started: 'Die Wartung hat begonnen.',
    completed: 'Die Wartung ist abgeschlossen.',
    changed: (n: number) => `${n} Komponenten haben ihren Status geändert`,
  },
} satisfies Record<Language, unknown>;

/** What changed about an incident since it was last seen. */
export interface IncidentChange {
  /** Never seen before. */
  isNew: boolean;
  /** The status last announced (undefined when new). */
  previousStatus: string | undefined;
  /** Updates not seen before, newest first. */
  newUpdates: number;
}

/** The event announcing an incident's or maintenance's newest state. */
export function incidentEvent(
  incident: IncidentView,
  change: IncidentChange,
  catalogue: Catalogue,
  siteUrl: string,
  language: Language,
  now: Date,
): NotificationEvent {
  const { facts } = incident;
  const posted = incident.updates.filter((update) => update.at <= now);
  const newest = posted[0] ?? incident.updates[0]!;
  const type = eventType(incident.kind, facts.status, change);
  const byClock = change.newUpdates === 0 && !change.isNew;
  const clockText =
    facts.status === 'completed' ? phrases[language].completed : phrases[language].started;
  const clockTime =
    facts.status === 'completed' ? incident.maintenance?.end : incident.maintenance?.start;
  const urls = siteUrls(siteUrl);
  return {
    id: `${incident.id}:${newest.id}:${facts.status}`,
    type,
    title: incident.title,
    status: facts.status,
    impact: incident.impact,
    text: byClock && incident.kind === 'maintenance' ? clockText : newest.text,
    time: (byClock && clockTime ? clockTime : newest.at).toISOString(),
    ...(incident.maintenance && {
      window: {
        start: incident.maintenance.start.toISOString(),
        end: incident.maintenance.end.toISOString(),
      },
    }),
    components: affected(incident.components, catalogue),
    url: urls.absolute(urls.incident(incident.id)),
    incidentId: incident.id,
  };
}

/** One event for all confirmed probe changes of a run. */
export function componentEvent(
  changes: readonly StatusChange[],
  catalogue: Catalogue,
  siteUrl: string,
  language: Language,
): NotificationEvent {
  const words = messages(language).status;
  const name = (id: string) => catalogue.components.find((c) => c.id === id)?.name ?? id;
  const time = changes
    .map((c) => c.time)
    .sort()
    .at(-1)!;
  const urls = siteUrls(siteUrl);
  const first = changes[0]!;
  return {
    id: `components:${time}:${changes.map((c) => `${c.id}=${c.to}`).join(',')}`,
    type: 'component.status_changed',
    title:
      changes.length === 1
        ? `${name(first.id)}: ${words[first.to]}`
        : phrases[language].changed(changes.length),
    text: changes.map((c) => `${name(c.id)}: ${words[c.from]} → ${words[c.to]}`).join('\n'),
    time: new Date(time).toISOString(),
    components: changes.map((c) => ({ id: c.id, name: name(c.id), status: c.to, from: c.from })),
    url: urls.absolute(urls.home()),
  };
}

function eventType(kind: IncidentView['kind'], status: string, change: IncidentChange): string {
  const moved = status !== change.previousStatus;
  if (kind === 'maintenance') {
    if (moved && status === 'in_progress') return 'maintenance.started';
    if (moved && status === 'completed') return 'maintenance.completed';
    return change.isNew ? 'maintenance.scheduled' : 'maintenance.updated';
  }
  if (change.isNew) return 'incident.published';
  return moved && status === 'resolved' ? 'incident.resolved' : 'incident.updated';
}

function affected(
  components: Record<string, ComponentStatus>,
  catalogue: Catalogue,
): EventComponent[] {
  return catalogue.components
    .filter((component) => components[component.id] !== undefined)
    .map((component) => ({
      id: component.id,
      name: component.name,
      status: components[component.id]!,
    }));
}
