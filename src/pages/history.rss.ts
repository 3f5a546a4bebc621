import type { APIRoute } from 'astro';
import { buildRss } from '../lib/feeds.ts';
import { loadSiteData } from '../lib/site-data.ts';

/** RSS 2.0 of every incident and maintenance. */
export const GET: APIRoute = async () =>
  new Response(await buildRss(await loadSiteData()), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
