import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../../lib/api/endpoints.ts';
import { badgeIds, buildBadge, type BadgeKind } from '../../../../lib/badges.ts';
import { loadSiteData } from '../../../../lib/site-data.ts';

/** `status.json` and `uptime.json` for every component and group. */
export const getStaticPaths = (async () =>
  badgeIds(await loadSiteData()).flatMap((id) =>
    (['status', 'uptime'] as const).map((kind) => ({ params: { id, kind } })),
  )) satisfies GetStaticPaths;

/** A shields.io endpoint badge. */
export const GET: APIRoute = async ({ params }) =>
  jsonResponse(buildBadge(await loadSiteData(), params.id!, params.kind as BadgeKind));
