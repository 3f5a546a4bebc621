import type { APIRoute, GetStaticPaths } from 'astro';
import { badgeIds } from '../../../lib/badges.ts';
import { buildAtom } from '../../../lib/feeds.ts';
import { loadSiteData } from '../../../lib/site-data.ts';

/** One feed per component and group. */
export const getStaticPaths = (async () =>
  badgeIds(await loadSiteData()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** Atom 1.0 of the incidents that touch one component (or any component of a group). */
export const GET: APIRoute = async ({ params }) =>
  new Response(buildAtom(await loadSiteData(), params.id), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
