import type { APIRoute, GetStaticPaths } from 'astro';
import {
  apiEndpoints,
  buildApiEndpoint,
  jsonResponse,
  type ApiEndpoint,
} from '../../../lib/api/endpoints.ts';
import { loadSiteData } from '../../../lib/site-data.ts';

/** Statuspage v2: summary.json, status.json, components.json, incidents[/unresolved].json, … */
export const getStaticPaths = (() =>
  apiEndpoints.map((endpoint) => ({ params: { endpoint } }))) satisfies GetStaticPaths;

/** One endpoint's JSON. */
export const GET: APIRoute = async ({ params }) =>
  jsonResponse(buildApiEndpoint(await loadSiteData(), params.endpoint as ApiEndpoint));
