/** The words and colour of an event, shared by the Slack, e-mail and webhook channels. */
import type { UpdateStatus } from '../../domain/incident.ts';
import { worstStatus, type ComponentStatus } from '../../domain/status.ts';
import { formatDateTime, messages, type Language } from '../i18n.ts';
import type { NotificationEvent } from './state.ts';

/** An event as people read it. */
export interface Message {
  /** One line: "Investigating: Delayed label creation for DHL shipments". */
  headline: string;
  /** The event's title. */
  title: string;
  /** "Investigating · 28 Nov 2026, 12:58 CET" (status label and time in the page's zone). */
  byline: string;
  /** The update's text or the change, plain. */
  text: string;
  /** The maintenance window as text, for maintenance. */
  window: string | undefined;
  /** "DHL: Partial Outage" per affected component. */
  components: string[];
  /** Status colour (hex). */
  colour: string;
  /** Absolute link. */
  url: string;
  /** Link text: "View incident" or "View status page". */
  linkText: string;
}

const colours = {
  resolved: '#229922',
  maintenance: '#3498db',
  critical: '#c13737',
  major: '#de4f10',
  minor: '#ffc40d',
  none: '#808a96',
} as const;

const statusColours: Record<ComponentStatus, string> = {
  operational: colours.resolved,
  degraded_performance: colours.minor,
  partial_outage: colours.major,
  major_outage: colours.critical,
  under_maintenance: colours.maintenance,
};

/** Renders an event in the page's language and time zone. */
export function renderMessage(
  event: NotificationEvent,
  language: Language,
  timeZone: string,
): Message {
  const words = messages(language);
  const at = (iso: string) => formatDateTime(new Date(iso), timeZone, language);
  const label = event.status
    ? (words.update[event.status as UpdateStatus] ?? event.status)
    : undefined;
  const isIncident = event.incidentId !== undefined;
  return {
    headline: label ? `${label}: ${event.title}` : event.title,
    title: event.title,
    byline: label ? `${label} · ${at(event.time)}` : at(event.time),
    text: event.text,
    window: event.window && `${at(event.window.start)} – ${at(event.window.end)}`,
    components: event.components.map((c) => `${c.name}: ${words.status[c.status]}`),
    colour: colourOf(event),
    url: event.url,
    linkText: isIncident
      ? language === 'de'
        ? 'Zur Meldung'
        : 'View incident'
      : language === 'de'
        ? 'Zur Statusseite'
        : 'View status page',
  };
}

function colourOf(event: NotificationEvent): string {
  if (event.type.startsWith('maintenance.')) return colours.maintenance;
  if (event.type === 'component.status_changed')
    return statusColours[worstStatus(event.components.map((c) => c.status))];
  if (event.status === 'resolved' || event.status === 'postmortem') return colours.resolved;
  return colours[event.impact ?? 'none'];
}
