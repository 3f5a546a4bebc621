/**
 * The entries of the incident feeds, independent of the format: which incidents a feed holds, each
 * entry's stable id, its state-bearing title and its content (all updates newest first) as safe HTML.
 */
import { expandComponentId } from '../domain/catalogue.ts';
import type { UpdateStatus } from '../domain/incident.ts';
import type { IncidentView, SiteData } from '../domain/model.ts';
import { formatDateTime, messages, type Messages } from './i18n.ts';
import { siteUrls } from './urls.ts';

/** How many entries a feed holds. */
export const feedEntryLimit = 50;

/** One incident or maintenance as a feed entry. */
export interface FeedEntry {
  /** Stable: the incident page's absolute URL (the incident id never changes). */
  id: string;
  /** Plain text ("[Resolved] Delayed labels"); each format escapes it as it needs. */
  title: string;
  /** The incident page. */
  link: string;
  /** The newest update: moves with every update. */
  updated: Date;
  /** The first update. */
  published: Date;
  /** Every update, newest first, with status label and time; safe HTML. */
  html: string;
  /** The newest update as plain text. */
  summary: string;
}

/** A whole feed: the page's, or one component's or group's. */
export interface FeedChannel {
  /** Absolute URL of this feed in the requested format (also the Atom feed id). */
  self: (format: 'rss' | 'atom') => string;
  /** Plain text. */
  title: string;
  /** Plain text. */
  description: string;
  /** The page this feed is about (home, or the component's uptime page). */
  link: string;
  /** The newest entry's update, or the build time for an empty feed. */
  updated: Date;
  /** `en` or `de`. */
  language: string;
  /** Newest update first, at most `feedEntryLimit`. */
  entries: FeedEntry[];
}

/** Escapes text for HTML (element content and attribute values). */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Drops characters XML 1.0 forbids, so a stray control character cannot break a feed. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** The incidents of a feed: all published ones, or those touching a component (any member of a group). */
export function feedIncidents(data: SiteData, componentId?: string): IncidentView[] {
  const ids =
    componentId === undefined ? undefined : expandComponentId(data.catalogue, componentId);
  if (componentId !== undefined && ids === undefined) {
    throw new Error(`feed: unknown component or group "${componentId}"`);
  }
  return data.incidents
    .filter((incident) => !incident.draft)
    .filter((incident) => ids === undefined || ids.some((id) => id in incident.components))
    .sort((a, b) => b.facts.updatedAt.getTime() - a.facts.updatedAt.getTime())
    .slice(0, feedEntryLimit);
}

/** The status an entry's title shows: the current one, or the newest update that names one. */
export function entryState(incident: IncidentView): Exclude<UpdateStatus, 'update'> {
  if (incident.facts.status !== 'update') return incident.facts.status;
  const named = incident.updates.find((update) => update.status !== 'update')?.status;
  if (named !== undefined && named !== 'update') return named;
  return incident.kind === 'maintenance' ? 'scheduled' : 'investigating';
}

/** The feed of the whole page (no id) or of one component or group. */
export function feedChannel(data: SiteData, componentId?: string): FeedChannel {
  const { site } = data.config;
  const urls = siteUrls(site.url);
  const words = messages(site.language);
  const entries = feedIncidents(data, componentId).map((incident) =>
    feedEntry(data, incident, words),
  );
  const name = componentId === undefined ? undefined : componentName(data, componentId);
  return {
    self: (format) => urls.absolute(urls.feed(format, componentId)),
    title: name === undefined ? site.title : `${site.title}: ${name}`,
    description: site.description ?? site.title,
    link: urls.absolute(componentId === undefined ? urls.home() : urls.uptime(componentId)),
    updated: entries[0]?.updated ?? data.now,
    language: site.language,
    entries,
  };
}

function componentName(data: SiteData, id: string): string {
  const { groups, components } = data.catalogue;
  return (groups.find((g) => g.id === id) ?? components.find((c) => c.id === id))?.name ?? id;
}

function feedEntry(data: SiteData, incident: IncidentView, words: Messages): FeedEntry {
  const { site } = data.config;
  const urls = siteUrls(site.url);
  const link = urls.absolute(urls.incident(incident.id));
  const when = (at: Date) =>
    `<time datetime="${at.toISOString()}">${escapeHtml(formatDateTime(at, site.timezone, site.language))}</time>`;
  const names = data.catalogue.components
    .filter((component) => component.id in incident.components)
    .map((component) => escapeHtml(component.name));
  const head: string[] = [];
  if (incident.maintenance) {
    const { start, end } = incident.maintenance;
    head.push(`<p><strong>${escapeHtml(words.window)}:</strong> ${when(start)} – ${when(end)}</p>`);
  }
  if (names.length > 0)
    head.push(`<p><strong>${escapeHtml(words.affects)}:</strong> ${names.join(', ')}</p>`);
  const newestFirst = [...incident.updates].sort((a, b) => b.at.getTime() - a.at.getTime());
  const updates = newestFirst.map(
    (update) =>
      `<p><strong>${escapeHtml(words.update[update.status])}</strong> · ${when(update.at)}</p>\n${update.html}`,
  );
  return {
    id: link,
    title: xmlSafe(`[${words.update[entryState(incident)]}] ${incident.title}`),
    link,
    updated: incident.facts.updatedAt,
    published: incident.facts.createdAt,
    html: xmlSafe([...head, ...updates].join('\n')),
    summary: xmlSafe(newestFirst[0]?.text ?? ''),
  };
}
