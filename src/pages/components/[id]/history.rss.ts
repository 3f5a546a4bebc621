import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeIds } from '../../../lib/badges.ts';
import { buildRss } from '../../../lib/feeds.ts';
import { loadSiteData } from '../../../lib/site-data.ts';

/** One feed per component and group. */
export const getStaticPaths = (async () =>
  badgeIds(await loadSiteData()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** RSS 2.0 of the incidents that touch one component (or any component of a group). */
export const GET: APIRoute = async ({ params }) =>
  new Response(await buildRss(await loadSiteData(), params.id), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
