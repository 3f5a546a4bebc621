/** /metrics/: response-time series per component for day, week and month, as metrics/data.json. */
import type { LatencySeries, SiteData } from '../../domain/model.ts';
import { messages } from '../i18n.ts';
import { siteUrls } from '../urls.ts';

/** The periods, in toggle order. */
export const periods: LatencySeries['period'][] = ['day', 'week', 'month'];

/** One component's card. */
export interface MetricsCardView {
  id: string;
  name: string;
  /** Uptime text per period ("99.87 % uptime" or "No data"). */
  uptime: Record<LatencySeries['period'], string>;
}

/**
 * One point for the chart script, kept small because a month of hourly points for every component
 * is loaded by the page: minutes since the previous point (the first: since the epoch), the
 * average in ms, and the p95 in ms only where it differs from the average (hours, not raw samples).
 */
export type MetricsPoint =
  [minutes: number, avg: number] | [minutes: number, avg: number, p95: number];

/** Compact series for the chart script: per period, per component id, its points. */
export type MetricsPayload = Record<LatencySeries['period'], Record<string, MetricsPoint[]>>;

/** What the chart script loads from `urls.metricsData()`. */
export interface MetricsData {
  series: MetricsPayload;
  /** Labels the chart script needs, in the page's language. */
  labels: { average: string; p95: string; empty: string; timezone: string; language: string };
}

/** What /metrics/ shows. */
export interface MetricsView extends MetricsData {
  cards: MetricsCardView[];
  /** Where the chart script finds the series. */
  dataUrl: string;
}

/** The metrics page's data: every probed component (manual ones have no response times). */
export function metricsView(data: SiteData): MetricsView {
  const { language, timezone } = data.config.site;
  const t = messages(language);
  const payload: MetricsPayload = { day: {}, week: {}, month: {} };
  const cards = data.catalogue.components
    .filter((component) => component.check !== undefined)
    .map((component) => {
      const series = data.latency.get(component.id) ?? [];
      const uptime = { day: t.noUptime, week: t.noUptime, month: t.noUptime };
      for (const period of periods) {
        const one = series.find((s) => s.period === period);
        payload[period][component.id] = compactPoints(one?.points ?? []);
        if (one?.uptime != null) uptime[period] = t.uptime(one.uptime);
      }
      return { id: component.id, name: component.name, uptime };
    });
  return {
    cards,
    series: payload,
    dataUrl: siteUrls(data.config.site.url).metricsData(),
    labels: { average: t.average, p95: t.p95, empty: t.noLatency, timezone, language },
  };
}

/** Delta-encodes times in whole minutes and drops a p95 that equals the average. */
export function compactPoints(points: LatencySeries['points']): MetricsPoint[] {
  let previous = 0;
  return points.map((point) => {
    const minutes = Math.round(Date.parse(point.time) / 60_000);
    const delta = minutes - previous;
    previous = minutes;
    const avg = Math.round(point.avg);
    const p95 = Math.round(point.p95);
    return p95 === avg ? [delta, avg] : [delta, avg, p95];
  });
}
