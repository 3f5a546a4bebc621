import type { APIRoute } from 'astro';
import { buildAtom } from '../lib/feeds.ts';
import { loadSiteData } from '../lib/site-data.ts';

/** Atom 1.0 of every incident and maintenance. */
export const GET: APIRoute = async () =>
  new Response(buildAtom(await loadSiteData()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
