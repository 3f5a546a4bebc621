/** Statuspage v2 `page` and `components` objects, built from the catalogue and the states. */
import type { Component, Group } from '../../domain/catalogue.ts';
import type { IncidentView, SiteData } from '../../domain/model.ts';
import type { ComponentStatus } from '../../domain/status.ts';
import { isoInZone, startOfDay } from './iso-time.ts';

/** Statuspage's `page` object. */
export interface ApiPage {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

/** Statuspage's component object; a group carries `group: true` and its members' ids. */
export interface ApiComponent {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  components?: string[];
}

/** A stable page id from the site's address (`https://status.example.com/` → `status-example-com`). */
export function pageId(siteUrl: string): string {
  const url = new URL(siteUrl);
  return `${url.host}${url.pathname}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The `page` object: `updated_at` is the moment the data describes (the build). */
export function apiPage(data: SiteData): ApiPage {
  const { site } = data.config;
  return {
    id: pageId(site.url),
    name: site.title,
    url: site.url,
    time_zone: site.timezone,
    updated_at: isoInZone(data.now, site.timezone),
  };
}

/** Every component and group in page order, each group followed by its members (Statuspage's order). */
export function apiComponents(data: SiteData, incidents: IncidentView[]): ApiComponent[] {
  const list: ApiComponent[] = [];
  for (const entry of data.catalogue.entries) {
    if (entry.kind === 'component') list.push(leaf(data, incidents, entry.component));
    else {
      const members = entry.group.components.map((c) => leaf(data, incidents, c));
      list.push(group(data, entry.group, members), ...members);
    }
  }
  return list;
}

function leaf(data: SiteData, incidents: IncidentView[], component: Component): ApiComponent {
  const zone = data.config.site.timezone;
  const created = createdAt(data, component.id, component.since);
  const touched = incidents
    .filter((incident) => component.id in incident.components)
    .map((incident) => incident.facts.updatedAt.getTime());
  const checked = data.states.get(component.id)?.lastChecked;
  const updated = Math.max(created.getTime(), checked ? Date.parse(checked) : 0, ...touched);
  return {
    id: component.id,
    name: component.name,
    status: data.states.get(component.id)?.status ?? 'operational',
    created_at: isoInZone(created, zone),
    updated_at: isoInZone(new Date(updated), zone),
    position: component.position,
    description: component.description ?? null,
    showcase: true,
    start_date: component.since ?? null,
    group_id: component.groupId ?? null,
    page_id: pageId(data.config.site.url),
    group: false,
    only_show_if_degraded: component.onlyShowIfDegraded,
  };
}

function group(data: SiteData, entry: Group, members: ApiComponent[]): ApiComponent {
  // An empty group (allowed by the config) falls back to its own first day of data.
  const own = isoInZone(createdAt(data, entry.id, undefined), data.config.site.timezone);
  const pick = (values: string[], better: (a: number, b: number) => boolean) =>
    values.reduce((a, b) => (better(Date.parse(b), Date.parse(a)) ? b : a), values[0] ?? own);
  const starts = members.flatMap((m) => (m.start_date === null ? [] : [m.start_date])).sort();
  return {
    id: entry.id,
    name: entry.name,
    status: data.states.get(entry.id)?.status ?? 'operational',
    created_at: pick(
      members.map((m) => m.created_at),
      (a, b) => a < b,
    ),
    updated_at: pick(
      members.map((m) => m.updated_at),
      (a, b) => a > b,
    ),
    position: entry.position,
    description: entry.description ?? null,
    showcase: true,
    // A group started with its first member; unknown when any member has no start date.
    start_date: starts.length === members.length ? (starts[0] ?? null) : null,
    group_id: null,
    page_id: pageId(data.config.site.url),
    group: true,
    only_show_if_degraded: false,
    components: members.map((m) => m.id),
  };
}

/** When a component began: its `since` day, else its first day of data, else the build time. */
function createdAt(data: SiteData, id: string, since: string | undefined): Date {
  const first = since ?? data.history.get(id)?.[0]?.date;
  return first === undefined ? data.now : startOfDay(first, data.config.site.timezone);
}
