/**
 * The read-only Statuspage v2 API (https://metastatuspage.com/api/v2/): one builder per endpoint,
 * each taking the build's SiteData and returning the JSON body, so existing clients work unchanged.
 */
import type { IncidentView, SiteData } from '../../domain/model.ts';
import type { PageIndicator } from '../../domain/status.ts';
import { siteUrls } from '../urls.ts';
import { apiComponents, apiPage, type ApiComponent, type ApiPage } from './components.ts';
import { apiIncident, type ApiIncident } from './incidents.ts';

/** Statuspage's `status` object. */
export interface ApiStatus {
  indicator: PageIndicator;
  description: string;
}

/** How many incidents or maintenances the list endpoints hold, as on Statuspage. */
export const apiListLimit = 50;

// The API speaks Statuspage's English words whatever the page's language.
const descriptions: Record<PageIndicator, string> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
  maintenance: 'Service Under Maintenance',
};

/** Everything the endpoints share, computed once per build. */
interface ApiModel {
  page: ApiPage;
  status: ApiStatus;
  components: ApiComponent[];
  incidents: ApiIncident[];
  maintenances: ApiIncident[];
}

function model(data: SiteData): ApiModel {
  const published = data.incidents.filter((incident) => !incident.draft);
  const components = apiComponents(data, published);
  const context = {
    pageId: apiPage(data).id,
    timeZone: data.config.site.timezone,
    urls: siteUrls(data.config.site.url),
    components: new Map(components.filter((c) => !c.group).map((c) => [c.id, c])),
  };
  const build = (list: IncidentView[]) => list.map((view) => apiIncident(view, context));
  const byStart = (a: IncidentView, b: IncidentView) =>
    b.facts.startedAt.getTime() - a.facts.startedAt.getTime();
  const sorted = [...published].sort(byStart);
  return {
    page: apiPage(data),
    status: { indicator: data.indicator, description: descriptions[data.indicator] },
    components,
    incidents: build(sorted.filter((view) => view.kind === 'incident')),
    maintenances: build(sorted.filter((view) => view.kind === 'maintenance')),
  };
}

const unresolved = (incident: ApiIncident) =>
  !['resolved', 'postmortem', 'completed'].includes(incident.status);
const soonestFirst = (a: ApiIncident, b: ApiIncident) =>
  Date.parse(a.scheduled_for ?? a.started_at) - Date.parse(b.scheduled_for ?? b.started_at);
const upcoming = (m: ApiIncident) => m.status === 'scheduled';
const active = (m: ApiIncident) => m.status === 'in_progress' || m.status === 'verifying';

/** Endpoint path under `api/v2/` → its body builder. */
const builders = {
  'summary.json': (m: ApiModel) => ({
    page: m.page,
    components: m.components,
    incidents: m.incidents.filter(unresolved),
    scheduled_maintenances: m.maintenances
      .filter((x) => upcoming(x) || active(x))
      .sort(soonestFirst),
    status: m.status,
  }),
  'status.json': (m: ApiModel) => ({ page: m.page, status: m.status }),
  'components.json': (m: ApiModel) => ({ page: m.page, components: m.components }),
  'incidents.json': (m: ApiModel) => ({
    page: m.page,
    incidents: m.incidents.slice(0, apiListLimit),
  }),
  'incidents/unresolved.json': (m: ApiModel) => ({
    page: m.page,
    incidents: m.incidents.filter(unresolved),
  }),
  'scheduled-maintenances.json': (m: ApiModel) => ({
    page: m.page,
    scheduled_maintenances: m.maintenances.slice(0, apiListLimit),
  }),
  'scheduled-maintenances/upcoming.json': (m: ApiModel) => ({
    page: m.page,
    scheduled_maintenances: m.maintenances.filter(upcoming).sort(soonestFirst),
  }),
  'scheduled-maintenances/active.json': (m: ApiModel) => ({
    page: m.page,
    scheduled_maintenances: m.maintenances.filter(active).sort(soonestFirst),
  }),
} satisfies Record<string, (m: ApiModel) => object>;

/** A Statuspage v2 endpoint, as a path under `api/v2/`. */
export type ApiEndpoint = keyof typeof builders;

/** Every endpoint this site publishes. */
export const apiEndpoints = Object.keys(builders) as ApiEndpoint[];

/** The JSON bodies of every endpoint, keyed by endpoint. */
export function buildApi(data: SiteData): { [E in ApiEndpoint]: ReturnType<(typeof builders)[E]> } {
  const m = model(data);
  const bodies = Object.fromEntries(
    apiEndpoints.map((endpoint) => [endpoint, builders[endpoint](m)]),
  );
  return bodies as { [E in ApiEndpoint]: ReturnType<(typeof builders)[E]> };
}

/** The JSON body of one endpoint. */
export function buildApiEndpoint(data: SiteData, endpoint: ApiEndpoint): object {
  return builders[endpoint](model(data));
}

/** A static JSON response (for the Astro endpoints of the API and the badges). */
export function jsonResponse(body: unknown): Response {
  return new Response(`${JSON.stringify(body)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
