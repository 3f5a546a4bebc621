/** A small SiteData built by hand, for unit tests of the view builders (no files, no clock). */
import { buildCatalogue } from '../../src/domain/catalogue.ts';
import { StatusConfig } from '../../src/domain/config.ts';
import type { Incident } from '../../src/domain/incident.ts';
import type { ComponentState, DaySummary, IncidentView, SiteData } from '../../src/domain/model.ts';
import type { ComponentStatus } from '../../src/domain/status.ts';
import { downtimeColour, noDataColour } from '../../src/lib/colours.ts';
import { incidentFacts } from '../../src/lib/incident-facts.ts';
import { addDays } from '../../src/lib/zoned-days.ts';

/** What a hand-built site holds. */
export interface FakeSiteOptions {
  language?: 'en' | 'de';
  url?: string;
  now?: Date;
  /** Days per id that differ from a clean day: date → [major, partial] seconds, or 'none' (no data). */
  outages?: Record<string, Record<string, [number, number] | 'none'>>;
  /** Current statuses (default operational). */
  statuses?: Record<string, ComponentStatus>;
  incidents?: Incident[];
  /** Days of history per id (default 90). */
  days?: number;
}

/** One day: `[major, partial]` seconds of outage, or 'none' for no data. */
export function fakeDay(
  date: string,
  outage: [number, number] | 'none' = [0, 0],
  incidents: string[] = [],
): DaySummary {
  if (outage === 'none') {
    const seconds = {
      major: 0,
      partial: 0,
      degraded: 0,
      maintenance: 0,
      noData: 86_400,
      covered: 0,
    };
    return { date, seconds, kind: 'no_data', colour: noDataColour, uptime: null, incidents };
  }
  const [major, partial] = outage;
  const seconds = { major, partial, degraded: 0, maintenance: 0, noData: 0, covered: 86_400 };
  const weighted = major + 0.3 * partial;
  const kind = weighted > 0 ? 'outage' : 'ok';
  return { date, seconds, kind, colour: downtimeColour(weighted), uptime: null, incidents };
}

/** A site with two components on their own and a group of two ("shipping": dhl, dpd manual). */
export function fakeSiteData(options: FakeSiteOptions = {}): SiteData {
  const now = options.now ?? new Date('2026-11-28T12:00:00Z');
  const config = StatusConfig.parse({
    site: {
      title: 'Example Status',
      url: options.url ?? 'https://status.example.com/',
      timezone: 'Europe/Berlin',
      language: options.language ?? 'en',
    },
    notifications: {},
    components: [
      {
        id: 'web',
        name: 'Website',
        description: 'Our site.',
        check: { url: 'https://example.com/' },
      },
      {
        id: 'shipping',
        name: 'Shipping Services',
        components: [
          { id: 'dhl', name: 'DHL', check: { url: 'https://dhl.example/' } },
          { id: 'dpd', name: 'DPD', manual: 'Set by hand.' },
        ],
      },
    ],
  });
  const catalogue = buildCatalogue(config);
  const incidents: IncidentView[] = (options.incidents ?? []).map((i) => ({
    ...i,
    facts: incidentFacts(i, now),
  }));
  const states = new Map<string, ComponentState>();
  const history = new Map<string, DaySummary[]>();
  const count = options.days ?? 90;
  const today = '2026-11-28';
  for (const id of ['web', 'shipping', 'dhl', 'dpd']) {
    const special = options.outages?.[id] ?? {};
    const days = Array.from({ length: count }, (_, i) => {
      const date = addDays(today, i - count + 1);
      const mentioned = incidents
        .filter((x) => id in x.components && x.id.startsWith(date))
        .map((x) => x.id);
      return fakeDay(date, special[date], mentioned);
    });
    history.set(id, days);
    const status = options.statuses?.[id] ?? 'operational';
    states.set(id, {
      id,
      status,
      reason: undefined,
      lastChecked: undefined,
      days: days.slice(-90),
      uptime90: '99.87',
    });
  }
  return {
    config,
    catalogue,
    now,
    incidents,
    states,
    history,
    latency: new Map(),
    indicator: 'none',
    problems: [],
  };
}

/** An incident with one update per `[status, ISO time]`, newest first. */
export function fakeIncident(
  id: string,
  fields: Partial<Omit<Incident, 'updates'>> & { updates?: [string, string][] } = {},
): Incident {
  const { updates = [['investigating', '2026-11-28T10:00:00Z']], ...rest } = fields;
  return {
    id,
    file: `incidents/${id}.md`,
    title: `Incident ${id}`,
    impact: 'major',
    kind: 'incident',
    components: { dhl: 'partial_outage' },
    maintenance: undefined,
    draft: false,
    ...rest,
    updates: updates.map(([status, at], line) => ({
      id: `${id}-${at}`,
      status: status as Incident['updates'][number]['status'],
      at: new Date(at),
      markdown: `Text of ${status}.`,
      html: `<p>Text of ${status}.</p>`,
      text: `Text of ${status}.`,
      line: line + 5,
    })),
  };
}
