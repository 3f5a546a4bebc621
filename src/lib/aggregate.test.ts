import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../domain/catalogue.ts';
import { StatusConfig } from '../domain/config.ts';
import type { Sample } from '../domain/data.ts';
import type { IncidentView } from '../domain/model.ts';
import type { ComponentStatus, ProbeStatus } from '../domain/status.ts';
import { buildAggregates, type StoredData } from './aggregate.ts';

const config = StatusConfig.parse({
  site: { title: 'T', url: 'https://status.example.com/', timezone: 'Europe/Berlin' },
  notifications: {},
  components: [
    { id: 'api', name: 'API', check: { url: 'https://a.example/' } },
    {
      id: 'shipping',
      name: 'Shipping',
      components: [
        { id: 'dhl', name: 'DHL', check: { url: 'https://d.example/' } },
        { id: 'dpd', name: 'DPD', manual: 'Set by hand.' },
      ],
    },
  ],
});
const catalogue = buildCatalogue(config);
const now = new Date('2026-11-28T12:00:00Z'); // 13:00 in Berlin
const min = 60_000;

/** One sample every 5 minutes over [from, to), with `status` at each time. */
function samples(
  from: string,
  to: string,
  status: (time: number) => ProbeStatus = () => 'operational',
): Sample[] {
  const list: Sample[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += 5 * min) {
    const measured = status(t);
    const latency = measured === 'major_outage' ? null : 120;
    list.push({
      time: new Date(t).toISOString(),
      location: 'eu',
      status: measured,
      latency,
      attempts: 1,
    });
  }
  return list;
}

function incident(
  id: string,
  kind: 'incident' | 'maintenance',
  components: Record<string, ComponentStatus>,
  from: string,
  to: string | undefined,
): IncidentView {
  const startedAt = new Date(from);
  const resolvedAt = to === undefined ? undefined : new Date(to);
  return {
    id,
    file: `incidents/${id}.md`,
    title: `Title of ${id}`,
    impact: 'major',
    kind,
    components,
    maintenance: kind === 'maintenance' ? { start: startedAt, end: resolvedAt! } : undefined,
    draft: false,
    updates: [],
    facts: {
      status: resolvedAt && resolvedAt <= now ? 'resolved' : 'investigating',
      active: !resolvedAt || resolvedAt > now,
      upcoming: startedAt > now,
      startedAt,
      resolvedAt: resolvedAt && resolvedAt <= now ? resolvedAt : undefined,
      monitoringAt: undefined,
      updatedAt: startedAt,
      createdAt: startedAt,
      durationSeconds: 0,
    },
  };
}

const data = (list: Sample[]): StoredData => ({ samples: list, hourly: [], segments: [] });

describe('buildAggregates', () => {
  const outage = (t: number) =>
    t >= Date.parse('2026-11-28T10:00:00Z') && t < Date.parse('2026-11-28T10:30:00Z')
      ? 'major_outage'
      : 'operational';
  const stored = new Map([
    ['api', data(samples('2026-11-27T23:00:00Z', '2026-11-28T12:00:00Z', outage))],
    ['dhl', data(samples('2026-11-27T23:00:00Z', '2026-11-28T12:00:00Z'))],
  ]);

  it('counts today from probes: 30 min major, the rest covered up to now', () => {
    const { states, history } = buildAggregates({
      catalogue,
      data: stored,
      incidents: [],
      now,
      timezone: 'Europe/Berlin',
    });
    const today = states.get('api')!.days.at(-1)!;
    expect(today).toMatchObject({
      date: '2026-11-28',
      seconds: {
        major: 1800,
        partial: 0,
        degraded: 0,
        maintenance: 0,
        noData: 0,
        covered: 13 * 3600,
      },
      kind: 'outage',
      uptime: '96.15',
    });
    expect(states.get('api')!.days).toHaveLength(90);
    expect(states.get('api')!.days[0]!.kind).toBe('no_data');
    expect(history.get('api')).toHaveLength(90);
    // The probe's latest run passed and nothing is declared: operational.
    expect(states.get('api')).toMatchObject({
      status: 'operational',
      lastChecked: '2026-11-28T11:55:00.000Z',
    });
    // 90 days of which only today is covered.
    expect(states.get('api')!.uptime90).toBe('96.15');
  });

  it('applies precedence now: maintenance over incident over probe; groups are the worst', () => {
    const incidents = [
      incident(
        'dhl-down',
        'incident',
        { dhl: 'partial_outage', dpd: 'major_outage' },
        '2026-11-28T11:00:00Z',
        undefined,
      ),
      incident(
        'api-work',
        'maintenance',
        { api: 'under_maintenance' },
        '2026-11-28T11:30:00Z',
        '2026-11-28T13:00:00Z',
      ),
      incident('api-old', 'incident', { api: 'major_outage' }, '2026-11-28T11:00:00Z', undefined),
    ];
    const { states, indicator } = buildAggregates({
      catalogue,
      data: stored,
      incidents,
      now,
      timezone: 'Europe/Berlin',
    });
    expect(states.get('api')).toMatchObject({
      status: 'under_maintenance',
      reason: 'Title of api-work',
    });
    expect(states.get('dhl')).toMatchObject({
      status: 'partial_outage',
      reason: 'Title of dhl-down',
    });
    expect(states.get('dpd')).toMatchObject({ status: 'major_outage' });
    expect(states.get('shipping')).toMatchObject({ status: 'major_outage', reason: 'DHL, DPD' });
    expect(indicator).toBe('major');
    // api today: 30 min major by probe, 30 min declared major (11:00–11:30 UTC), 30 min maintenance.
    expect(states.get('api')!.days.at(-1)).toMatchObject({
      seconds: { major: 3600, maintenance: 1800, covered: 13 * 3600 - 1800 },
      incidents: ['api-old', 'api-work'],
    });
    // The group's day: dhl 1 h partial, dpd 1 h major (manual, a declared day), api as above.
    const group = states.get('shipping')!.days.at(-1)!;
    expect(group).toMatchObject({ componentsWithOutage: 2, incidents: ['dhl-down'] });
    expect(group.seconds).toMatchObject({ major: 3600, partial: 3600 });
  });

  it('a manual component shows no data except on days an incident touched; no uptime figure', () => {
    const incidents = [
      incident(
        'dpd-1',
        'incident',
        { dpd: 'major_outage' },
        '2026-11-20T09:00:00Z',
        '2026-11-20T10:00:00Z',
      ),
    ];
    const { states, latency } = buildAggregates({
      catalogue,
      data: stored,
      incidents,
      now,
      timezone: 'Europe/Berlin',
    });
    const dpd = states.get('dpd')!;
    expect(dpd).toMatchObject({ status: 'operational', reason: 'Set by hand.', uptime90: null });
    expect(
      dpd.days
        .filter((d) => d.kind !== 'no_data')
        .map((d) => [d.date, d.kind, d.uptime, d.seconds.major]),
    ).toEqual([['2026-11-20', 'outage', '95.83', 3600]]);
    expect(latency.has('dpd')).toBe(false);
  });

  it('says when the latest measurement is older than twice the interval', () => {
    const old = new Map([
      ['api', data(samples('2026-11-28T09:00:00Z', '2026-11-28T11:00:00Z', () => 'major_outage'))],
    ]);
    const { states } = buildAggregates({
      catalogue,
      data: old,
      incidents: [],
      now,
      timezone: 'Europe/Berlin',
    });
    expect(states.get('api')).toMatchObject({
      status: 'major_outage',
      reason: 'No measurement since 2026-11-28T10:55:00.000Z.',
    });
  });

  it('before `since` is no data, left out of uptime', () => {
    const withSince = buildCatalogue({
      ...config,
      components: [{ ...config.components[0]!, since: '2026-11-28' }],
    });
    const list = samples('2026-11-27T00:00:00Z', '2026-11-28T12:00:00Z');
    const { states } = buildAggregates({
      catalogue: withSince,
      data: new Map([['api', data(list)]]),
      incidents: [],
      now,
      timezone: 'Europe/Berlin',
    });
    const [yesterday, today] = states.get('api')!.days.slice(-2);
    expect(yesterday).toMatchObject({ kind: 'no_data', seconds: { noData: 86_400, covered: 0 } });
    expect(today).toMatchObject({ kind: 'ok', seconds: { covered: 13 * 3600 } });
  });

  it('gives latency series for day, week and month with their uptime', () => {
    const { latency } = buildAggregates({
      catalogue,
      data: stored,
      incidents: [],
      now,
      timezone: 'Europe/Berlin',
    });
    const [day, week, month] = latency.get('api')!;
    expect(day).toMatchObject({ period: 'day' });
    expect(day!.points).toHaveLength(156 - 6); // 13 h of 5-minute samples, minus the 6 failed ones (no latency)
    expect(week!.points).toHaveLength(13);
    expect(month!.points).toEqual(week!.points);
    expect(week!.points[0]).toEqual({ time: '2026-11-27T23:00:00Z', avg: 120, p95: 120 });
    // Over the day: 13 h covered (since 23:00 UTC), 30 min major; the rest before is no data.
    expect(day!.uptime).toBe('96.15');
  });
});
