/** Every URL the site publishes, built in one place so pages, feeds, the API and mails never drift. */
export interface SiteUrls {
  /** The site's base path, like `/` or `/status/`. */
  base: string;
  home(): string;
  incident(id: string): string;
  /** Incident history, page 1 at `/history/`. */
  history(page?: number): string;
  /** Uptime calendars: the first component without an id; page 1 shows the latest three months. */
  uptime(componentId?: string, page?: number): string;
  metrics(): string;
  /** The response-time series the /metrics/ charts load (kept out of the page so it paints at once). */
  metricsData(): string;
  subscribe(): string;
  /** `history.rss` / `history.atom`, for the whole page or one component. */
  feed(format: 'rss' | 'atom', componentId?: string): string;
  /** A Statuspage v2 endpoint, e.g. `summary.json`, `incidents/unresolved.json`. */
  api(endpoint: string): string;
  /** A shields.io endpoint badge. */
  badge(componentId: string, kind: 'status' | 'uptime'): string;
  /** The iCalendar file of maintenance. */
  calendar(): string;
  /** An absolute URL (for feeds, the API, mails) from a path made by the functions above. */
  absolute(path: string): string;
}

/** URLs for a site published at `siteUrl` (which may include a path). */
export function siteUrls(siteUrl: string): SiteUrls {
  const root = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  const base = root.pathname;
  const paged = (path: string, page = 1) => (page > 1 ? `${path}${page}/` : path);
  return {
    base,
    home: () => base,
    incident: (id) => `${base}incidents/${encodeURIComponent(id)}/`,
    history: (page) => paged(`${base}history/`, page),
    uptime: (componentId, page) =>
      componentId === undefined
        ? `${base}uptime/`
        : paged(`${base}uptime/${encodeURIComponent(componentId)}/`, page),
    metrics: () => `${base}metrics/`,
    metricsData: () => `${base}metrics/data.json`,
    subscribe: () => `${base}subscribe/`,
    feed: (format, componentId) =>
      componentId === undefined
        ? `${base}history.${format}`
        : `${base}components/${encodeURIComponent(componentId)}/history.${format}`,
    api: (endpoint) => `${base}api/v2/${endpoint}`,
    badge: (componentId, kind) =>
      `${base}api/badges/${encodeURIComponent(componentId)}/${kind}.json`,
    calendar: () => `${base}maintenance.ics`,
    absolute: (path) => new URL(path, root.origin).href,
  };
}
