/** /metrics/: response-time series per component for day, week and month, embedded as JSON. */
import type { LatencySeries, SiteData } from '../../domain/model.ts';
import { messages } from '../i18n.ts';

/** The periods, in toggle order. */
export const periods: LatencySeries['period'][] = ['day', 'week', 'month'];

/** One component's card. */
export interface MetricsCardView {
  id: string;
  name: string;
  /** Uptime text per period ("99.87 % uptime" or "No data"). */
  uptime: Record<LatencySeries['period'], string>;
}

/** Compact series for the chart script: per period, per component id, [ms since epoch, avg, p95][]. */
export type MetricsPayload = Record<
  LatencySeries['period'],
  Record<string, [number, number, number][]>
>;

/** What /metrics/ shows. */
export interface MetricsView {
  cards: MetricsCardView[];
  payload: MetricsPayload;
  /** Labels the chart script needs, in the page's language. */
  labels: { average: string; p95: string; empty: string; timezone: string; language: string };
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
        payload[period][component.id] = (one?.points ?? []).map((p) => [
          Date.parse(p.time),
          Math.round(p.avg),
          Math.round(p.p95),
        ]);
        if (one?.uptime != null) uptime[period] = t.uptime(one.uptime);
      }
      return { id: component.id, name: component.name, uptime };
    });
  return {
    cards,
    payload,
    labels: { average: t.average, p95: t.p95, empty: t.noLatency, timezone, language },
  };
}
