/** Incidents as cards and as full pages. */
import type { Catalogue } from '../../domain/catalogue.ts';
import type { IncidentView, SiteData } from '../../domain/model.ts';
import type { ComponentStatus, IncidentImpact } from '../../domain/status.ts';
import { messages, type Language } from '../i18n.ts';
import { siteUrls } from '../urls.ts';
import { timeView, type TimeView } from './time.ts';

/** One update as shown. */
export interface UpdateView {
  /** Status label ("Investigating"). */
  label: string;
  /** Safe HTML of the text. */
  html: string;
  /** When. */
  at: TimeView;
}

/** An incident or maintenance as a card or page. */
export interface IncidentCardView {
  id: string;
  /** Link to its page. */
  href: string;
  title: string;
  impact: IncidentImpact;
  kind: IncidentView['kind'];
  /** Current status label. */
  status: string;
  /** Affected components: name and status label while open. */
  affected: { name: string; status: ComponentStatus; label: string }[];
  /** Maintenance window. */
  window: { start: TimeView; end: TimeView } | undefined;
  /** Updates, newest first. */
  updates: UpdateView[];
}

/** The card/page of `incident`. */
export function incidentCard(incident: IncidentView, data: SiteData): IncidentCardView {
  const { site } = data.config;
  const t = messages(site.language);
  const at = (date: Date) => timeView(date, site.timezone, site.language);
  return {
    id: incident.id,
    href: siteUrls(site.url).incident(incident.id),
    title: incident.title,
    impact: incident.impact,
    kind: incident.kind,
    status: t.update[incident.facts.status],
    affected: Object.entries(incident.components).map(([id, status]) => ({
      name: componentName(data.catalogue, id),
      status,
      label: t.status[status],
    })),
    window: incident.maintenance && {
      start: at(incident.maintenance.start),
      end: at(incident.maintenance.end),
    },
    updates: incident.updates.map((update) => ({
      label: t.update[update.status],
      html: update.html,
      at: at(update.at),
    })),
  };
}

/** A component's or group's display name ("Shipping Services - DHL" with `qualified`). */
export function componentName(catalogue: Catalogue, id: string, qualified = false): string {
  const group = catalogue.groups.find((g) => g.id === id);
  if (group) return group.name;
  const component = catalogue.components.find((c) => c.id === id);
  if (!component) return id;
  const parent = catalogue.groups.find((g) => g.id === component.groupId);
  return qualified && parent ? `${parent.name} - ${component.name}` : component.name;
}

/** Incident titles by id, for day tooltips. */
export function incidentTitles(data: SiteData): Map<string, string> {
  return new Map(data.incidents.map((incident) => [incident.id, incident.title]));
}

/** Incident links by id for the tooltip script: `{ id: [title, href] }`, only for `ids`. */
export function incidentLinks(
  data: SiteData,
  ids: Iterable<string>,
): Record<string, [string, string]> {
  const urls = siteUrls(data.config.site.url);
  const wanted = new Set(ids);
  const links: Record<string, [string, string]> = {};
  for (const incident of data.incidents) {
    if (wanted.has(incident.id)) links[incident.id] = [incident.title, urls.incident(incident.id)];
  }
  return links;
}

/** The language of `data`'s page. */
export function languageOf(data: SiteData): Language {
  return data.config.site.language;
}

/** getStaticPaths of /incidents/[id]. */
export function incidentPaths(data: SiteData) {
  return data.incidents.map((incident) => ({
    params: { id: incident.id },
    props: { incident: incidentCard(incident, data) },
  }));
}
