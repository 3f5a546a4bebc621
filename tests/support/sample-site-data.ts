/**
 * A small SiteData built by hand for unit tests of the feeds, the API, the badges and the calendar:
 * two groups, a standalone component, an open and a resolved incident, maintenance in every state.
 */
import { buildCatalogue } from '../../src/domain/catalogue.ts';
import { StatusConfig } from '../../src/domain/config.ts';
import type { IncidentUpdate, UpdateStatus } from '../../src/domain/incident.ts';
import type {
  ComponentState,
  IncidentFacts,
  IncidentView,
  SiteData,
} from '../../src/domain/model.ts';
import type { ComponentStatus, IncidentImpact } from '../../src/domain/status.ts';

/** The moment the sample describes. */
export const sampleNow = new Date('2026-11-28T12:00:00Z');

/** A config with a base path, two groups and one standalone component. */
export function sampleConfig(url = 'https://example.github.io/status/'): StatusConfig {
  return StatusConfig.parse({
    site: {
      title: 'Acme <Status>',
      url,
      timezone: 'Europe/Berlin',
      description: 'Acme & co services',
    },
    components: [
      { id: 'web', name: 'Website', description: 'Our site.', since: '2026-01-01' },
      {
        id: 'shipping',
        name: 'Shipping',
        components: [
          { id: 'dhl', name: 'DHL', since: '2026-02-01' },
          { id: 'dpd', name: 'DPD', manual: 'Set by hand.' },
        ],
      },
      {
        id: 'data',
        name: 'Data',
        components: [{ id: 'graphql', name: 'GraphQL API', onlyShowIfDegraded: true }],
      },
    ],
  });
}

/** An update; html/text derive from the text so tests can predict them. */
export function sampleUpdate(
  incidentId: string,
  status: UpdateStatus,
  at: string,
  text: string,
): IncidentUpdate {
  const escaped = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return {
    id: `${incidentId}-${at}`,
    status,
    at: new Date(at),
    markdown: text,
    html: `<p>${escaped}</p>`,
    text,
    line: 1,
  };
}

interface SampleIncident {
  id: string;
  title: string;
  kind?: 'incident' | 'maintenance';
  impact?: IncidentImpact;
  components: Record<string, ComponentStatus>;
  /** Newest first, as the parser gives them. */
  updates: Array<[UpdateStatus, string, string]>;
  window?: [string, string];
  facts?: Partial<IncidentFacts>;
  draft?: boolean;
}

/** An IncidentView with facts derived the simple way (tests override what matters). */
export function sampleIncident(spec: SampleIncident): IncidentView {
  const updates = spec.updates.map(([status, at, text]) => sampleUpdate(spec.id, status, at, text));
  const newest = updates[0]!;
  const oldest = updates.at(-1)!;
  const done = ['resolved', 'completed', 'postmortem'].includes(newest.status);
  const maintenance = spec.window && {
    start: new Date(spec.window[0]),
    end: new Date(spec.window[1]),
  };
  return {
    id: spec.id,
    file: `incidents/${spec.id}.md`,
    title: spec.title,
    impact: spec.impact ?? 'minor',
    kind: spec.kind ?? 'incident',
    components: spec.components,
    maintenance,
    draft: spec.draft ?? false,
    updates,
    facts: {
      status: newest.status,
      active: !done,
      upcoming: false,
      startedAt: maintenance?.start ?? oldest.at,
      resolvedAt: done ? newest.at : undefined,
      monitoringAt: updates.findLast((u) => u.status === 'monitoring')?.at,
      updatedAt: newest.at,
      createdAt: oldest.at,
      durationSeconds: 0,
      ...spec.facts,
    },
  };
}

/** The sample incidents: open, resolved, and maintenance upcoming, in progress, completed. */
export function sampleIncidents(): IncidentView[] {
  return [
    sampleIncident({
      id: '2026-11-28-dhl-labels',
      title: 'Delayed <script>alert(1)</script> labels',
      impact: 'major',
      components: { dhl: 'partial_outage' },
      updates: [
        ['monitoring', '2026-11-28T11:30:00Z', 'A fix is live. <b>bold</b> & more'],
        ['update', '2026-11-28T11:00:00Z', 'Still looking.'],
        ['investigating', '2026-11-28T10:00:00Z', 'We see failed label requests.'],
      ],
    }),
    sampleIncident({
      id: '2026-11-20-web-down',
      title: 'Website down',
      impact: 'critical',
      components: { web: 'major_outage', dpd: 'degraded_performance' },
      updates: [
        ['resolved', '2026-11-20T09:00:00Z', 'Back to normal.'],
        ['identified', '2026-11-20T08:30:00Z', 'A bad deploy.'],
        ['investigating', '2026-11-20T08:00:00Z', 'The site does not answer.'],
      ],
    }),
    sampleIncident({
      id: '2026-12-05-db-upgrade',
      title: 'Database upgrade',
      kind: 'maintenance',
      components: { graphql: 'under_maintenance' },
      window: ['2026-12-05T22:00:00Z', '2026-12-06T02:00:00Z'],
      updates: [['scheduled', '2026-11-25T10:00:00Z', 'We upgrade the database.']],
      facts: { active: false, upcoming: true, resolvedAt: undefined },
    }),
    sampleIncident({
      id: '2026-11-28-web-move',
      title: 'Website move',
      kind: 'maintenance',
      components: { web: 'under_maintenance' },
      window: ['2026-11-28T11:00:00Z', '2026-11-28T13:00:00Z'],
      updates: [['scheduled', '2026-11-26T10:00:00Z', 'We move the website.']],
      facts: { status: 'in_progress', active: true },
    }),
    sampleIncident({
      id: '2026-11-10-dpd-switch',
      title: 'DPD switch',
      kind: 'maintenance',
      components: { dpd: 'under_maintenance' },
      window: ['2026-11-10T20:00:00Z', '2026-11-10T21:00:00Z'],
      updates: [
        ['completed', '2026-11-10T21:00:00Z', 'Done.'],
        ['in_progress', '2026-11-10T20:00:00Z', 'Started.'],
        ['scheduled', '2026-11-01T10:00:00Z', 'We switch DPD.'],
      ],
    }),
  ];
}

function state(id: string, status: ComponentStatus, uptime90: string | null): ComponentState {
  return { id, status, reason: undefined, lastChecked: '2026-11-28T11:55:00Z', days: [], uptime90 };
}

/** A whole SiteData at `sampleNow`. */
export function sampleSiteData(url?: string): SiteData {
  const config = sampleConfig(url);
  const states = new Map<string, ComponentState>([
    ['web', state('web', 'under_maintenance', '99.87')],
    ['dhl', state('dhl', 'partial_outage', '98.5')],
    ['dpd', { ...state('dpd', 'operational', null), lastChecked: undefined }],
    ['shipping', state('shipping', 'partial_outage', '98.5')],
    ['graphql', state('graphql', 'operational', '100.00')],
    ['data', state('data', 'operational', '100.00')],
  ]);
  return {
    config,
    catalogue: buildCatalogue(config),
    now: sampleNow,
    incidents: sampleIncidents(),
    states,
    history: new Map(),
    latency: new Map(),
    indicator: 'major',
    problems: [],
  };
}
