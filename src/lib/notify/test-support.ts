/** Fixtures for the notifier's tests: a small config and incidents built by hand (no loader needed). */
import type { IncidentUpdate, UpdateStatus } from '../../domain/incident.ts';
import type { IncidentView } from '../../domain/model.ts';
import type { ComponentStatus, IncidentImpact } from '../../domain/status.ts';
import { parseConfig } from '../config.ts';
import type { NotifySiteData } from './plan.ts';

const configText = `
site: { title: Test Status, url: 'https://status.example.com/sub/', timezone: Europe/Berlin }
notifications:
  confirmRuns: 2
  email: { from: status@example.com, to: [ops@example.com, team@example.com] }
components:
  - id: api
    name: API
    check: { url: 'https://api.example.com/' }
  - id: shipping
    name: Shipping
    components:
      - { id: dhl, name: DHL, check: { url: 'https://dhl.example.com/' } }
      - { id: dpd, name: DPD, manual: Set by hand. }
`;

/** The test site's config and catalogue. */
export function testSite(incidents: IncidentView[] = []): NotifySiteData {
  const { loaded, problems } = parseConfig(configText, 'test.config.yaml');
  if (!loaded) throw new Error(problems.map((p) => p.message).join('\n'));
  return { config: loaded.config, catalogue: loaded.catalogue, incidents };
}

/** Options for a hand-made incident. */
export interface IncidentFixture {
  id: string;
  /** Updates newest first: [status, ISO time, text]. */
  updates: [UpdateStatus, string, string][];
  components?: Record<string, ComponentStatus>;
  impact?: IncidentImpact;
  window?: { start: string; end: string };
  draft?: boolean;
  now: string;
}

/** An incident (or maintenance, with a window) with facts worked out for `now`, simply. */
export function incident(fixture: IncidentFixture): IncidentView {
  const now = new Date(fixture.now);
  const updates: IncidentUpdate[] = fixture.updates.map(([status, at, text], i) => ({
    id: `${fixture.id}-${at}`,
    status,
    at: new Date(at),
    markdown: text,
    html: `<p>${text}</p>`,
    text,
    line: 10 + i * 3,
  }));
  const posted = updates.filter((update) => update.at <= now);
  const declared = posted.find((update) => update.status !== 'update')?.status ?? 'investigating';
  const window = fixture.window && {
    start: new Date(fixture.window.start),
    end: new Date(fixture.window.end),
  };
  const status: UpdateStatus = window
    ? now < window.start
      ? 'scheduled'
      : now < window.end && declared !== 'completed'
        ? 'in_progress'
        : 'completed'
    : declared;
  const closed = status === 'resolved' || status === 'completed' || status === 'postmortem';
  const newest = posted[0] ?? updates[0]!;
  return {
    id: fixture.id,
    file: `incidents/${fixture.id}.md`,
    title: `Title of ${fixture.id}`,
    impact: fixture.impact ?? 'major',
    kind: window ? 'maintenance' : 'incident',
    components: fixture.components ?? { dhl: 'partial_outage' },
    maintenance: window,
    draft: fixture.draft ?? false,
    updates,
    facts: {
      status,
      active: !closed && status !== 'scheduled',
      upcoming: status === 'scheduled',
      startedAt: window?.start ?? updates.at(-1)!.at,
      resolvedAt: closed ? (window && status === 'completed' ? window.end : newest.at) : undefined,
      monitoringAt: undefined,
      updatedAt: newest.at,
      createdAt: updates.at(-1)!.at,
      durationSeconds: 0,
    },
  };
}

/** Samples of one location, newest first, five minutes apart, ending at `newest`. */
export function samples(newest: string, statuses: ComponentStatus[], location = 'default') {
  return statuses.map((status, i) => ({
    time: new Date(Date.parse(newest) - i * 300_000).toISOString(),
    status: status as Exclude<ComponentStatus, 'under_maintenance'>,
    location,
  }));
}
