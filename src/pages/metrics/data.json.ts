/** The response-time series behind /metrics/ (see src/lib/view/metrics.ts). */
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/site-data.ts';
import { metricsView, type MetricsData } from '../../lib/view/metrics.ts';

export const GET: APIRoute = async () => {
  const { series, labels } = metricsView(await loadSiteData());
  const body: MetricsData = { series, labels };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
