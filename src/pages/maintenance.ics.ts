import type { APIRoute } from 'astro';
import { buildCalendar } from '../lib/ics.ts';
import { loadSiteData } from '../lib/site-data.ts';

/** The iCalendar of scheduled, in-progress and recently completed maintenance. */
export const GET: APIRoute = async () =>
  new Response(buildCalendar(await loadSiteData()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
