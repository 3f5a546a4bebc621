/** The home page: banner, open incidents, maintenance, component rows, past incidents. */
import type { Component, Group } from '../../domain/catalogue.ts';
import type { ComponentState, SiteData } from '../../domain/model.ts';
import type { ComponentStatus, PageIndicator } from '../../domain/status.ts';
import { formatDay, messages } from '../i18n.ts';
import { siteUrls } from '../urls.ts';
import { dayCell, type DayCell } from './days.ts';
import { incidentCard, incidentLinks, incidentTitles, type IncidentCardView } from './incidents.ts';
import { addDays, zonedDate } from '../zoned-days.ts';

/** Days of the Past Incidents list. */
export const pastDays = 15;

/** One row of the component list. */
export interface RowView {
  id: string;
  name: string;
  description: string | undefined;
  status: ComponentStatus;
  /** Status in words. */
  statusLabel: string;
  /** The note of a manual component. */
  manual: string | undefined;
  /** "99.87 % uptime" or "No data". */
  uptime: string;
  /** Accessible name of the bar. */
  barLabel: string;
  /** The 90 days, oldest first. */
  days: DayCell[];
  /** Its uptime calendar. */
  uptimeHref: string;
}

/** A group row with its components. */
export interface GroupView extends RowView {
  children: RowView[];
  /** Open when something inside is not operational. */
  open: boolean;
  /** "7 components". */
  count: string;
}

/** A top-level entry of the list. */
export type EntryView = { kind: 'group'; group: GroupView } | { kind: 'component'; row: RowView };

/** One day of Past Incidents. */
export interface PastDayView {
  /** YYYY-MM-DD. */
  date: string;
  /** "28 Nov 2026". */
  label: string;
  incidents: IncidentCardView[];
}

/** Everything the home page shows. */
export interface HomeView {
  banner: { indicator: PageIndicator; label: string };
  /** Unresolved incidents, newest first. */
  active: IncidentCardView[];
  /** Maintenance in progress. */
  maintenance: IncidentCardView[];
  /** Scheduled maintenance, soonest first. */
  upcoming: IncidentCardView[];
  entries: EntryView[];
  past: PastDayView[];
  /** Incident links for the tooltip script. */
  links: Record<string, [string, string]>;
  historyHref: string;
}

/** The home page's data. */
export function homeView(data: SiteData): HomeView {
  const { site } = data.config;
  const t = messages(site.language);
  const titles = incidentTitles(data);
  const referenced = new Set<string>();
  const row = (item: Component | Group, groupSize?: number): RowView | undefined => {
    const state = data.states.get(item.id);
    if (!state) return undefined;
    for (const day of state.days) for (const id of day.incidents) referenced.add(id);
    return rowView(data, item, state, (day) =>
      dayCell(day, { language: site.language, titles, groupSize }),
    );
  };
  const visible = (component: Component) =>
    !component.onlyShowIfDegraded || data.states.get(component.id)?.status !== 'operational';
  const entries: EntryView[] = [];
  for (const entry of data.catalogue.entries) {
    if (entry.kind === 'component') {
      const r = visible(entry.component) ? row(entry.component) : undefined;
      if (r) entries.push({ kind: 'component', row: r });
      continue;
    }
    const { group } = entry;
    const head = row(group, group.components.length);
    if (!head) continue;
    const children = group.components.filter(visible).flatMap((c) => row(c) ?? []);
    const open = head.status !== 'operational' || children.some((c) => c.status !== 'operational');
    entries.push({
      kind: 'group',
      group: { ...head, children, open, count: t.components_n(children.length) },
    });
  }
  const open = data.incidents.filter((i) => i.facts.active);
  const card = (i: SiteData['incidents'][number]) => incidentCard(i, data);
  return {
    banner: { indicator: data.indicator, label: t.indicator[data.indicator] },
    active: open.filter((i) => i.kind === 'incident').map(card),
    maintenance: open.filter((i) => i.kind === 'maintenance').map(card),
    upcoming: data.incidents
      .filter((i) => i.facts.upcoming)
      .sort((a, b) => a.facts.startedAt.getTime() - b.facts.startedAt.getTime())
      .map(card),
    entries,
    past: pastIncidents(data),
    links: incidentLinks(data, referenced),
    historyHref: siteUrls(site.url).history(),
  };
}

function rowView(
  data: SiteData,
  item: Component | Group,
  state: ComponentState,
  cell: (day: ComponentState['days'][number]) => DayCell,
): RowView {
  const t = messages(data.config.site.language);
  const uptime = state.uptime90 === null ? t.noUptime : t.uptime(state.uptime90);
  return {
    id: item.id,
    name: item.name,
    description: item.description,
    status: state.status,
    statusLabel: t.status[state.status],
    manual: 'manual' in item ? item.manual : undefined,
    uptime,
    barLabel: t.barLabel(item.name, uptime),
    days: state.days.map(cell),
    uptimeHref: siteUrls(data.config.site.url).uptime(item.id),
  };
}

/** The last 15 days (today first), each with the incidents that started that day. */
export function pastIncidents(data: SiteData): PastDayView[] {
  const { timezone, language } = data.config.site;
  const today = zonedDate(data.now.getTime(), timezone);
  const started = data.incidents.filter((i) => !i.facts.upcoming);
  return Array.from({ length: pastDays }, (_, back) => {
    const date = addDays(today, -back);
    return {
      date,
      label: formatDay(date, language),
      incidents: started
        .filter((i) => zonedDate(i.facts.startedAt.getTime(), timezone) === date)
        .map((i) => incidentCard(i, data)),
    };
  });
}
