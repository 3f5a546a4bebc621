/**
 * shields.io endpoint badges (https://shields.io/badges/endpoint-badge) per component and group:
 * the current status, and the uptime over the last 90 days.
 */
import type { SiteData } from '../domain/model.ts';
import type { ComponentStatus } from '../domain/status.ts';
import { messages } from './i18n.ts';

/** The JSON shields.io reads from an endpoint. */
export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
  /** shields.io caches at least 300 s anyway; the site changes at most once a probe run. */
  cacheSeconds: number;
}

/** A badge kind, as in `urls.badge(id, kind)`. */
export type BadgeKind = 'status' | 'uptime';

const statusColours: Record<ComponentStatus, string> = {
  operational: 'brightgreen',
  degraded_performance: 'yellow',
  partial_outage: 'orange',
  major_outage: 'red',
  under_maintenance: 'blue',
};

// Thresholds as commonly used for uptime badges: three nines green, below 95 % red.
const uptimeColours: Array<[number, string]> = [
  [99.9, 'brightgreen'],
  [99, 'green'],
  [98, 'yellowgreen'],
  [97, 'yellow'],
  [95, 'orange'],
];

/** Every id that gets badges: each component and each group, in page order. */
export function badgeIds(data: SiteData): string[] {
  return data.catalogue.entries.flatMap((entry) =>
    entry.kind === 'component'
      ? [entry.component.id]
      : [entry.group.id, ...entry.group.components.map((c) => c.id)],
  );
}

/** The badge of one component or group. */
export function buildBadge(data: SiteData, id: string, kind: BadgeKind): ShieldsEndpoint {
  const { catalogue, config } = data;
  const entry =
    catalogue.groups.find((g) => g.id === id) ?? catalogue.components.find((c) => c.id === id);
  const state = data.states.get(id);
  if (!entry || !state) throw new Error(`badge: unknown component or group "${id}"`);
  const words = messages(config.site.language);
  const cacheSeconds = Math.max(300, Math.round(catalogue.interval / 1000));
  if (kind === 'status') {
    const message = words.status[state.status];
    return {
      schemaVersion: 1,
      label: entry.name,
      message,
      color: statusColours[state.status],
      cacheSeconds,
    };
  }
  const label = `${entry.name} ${words.nav.uptime}`;
  if (state.uptime90 === null) {
    return { schemaVersion: 1, label, message: words.noUptime, color: 'lightgrey', cacheSeconds };
  }
  const value = Number(state.uptime90);
  const color = uptimeColours.find(([min]) => value >= min)?.[1] ?? 'red';
  return { schemaVersion: 1, label, message: `${state.uptime90}%`, color, cacheSeconds };
}
