import { describe, expect, it } from 'vitest';
import { sampleIncident, sampleSiteData } from '../../../tests/support/sample-site-data.ts';
import { apiEndpoints, buildApi } from './endpoints.ts';
import type { ApiIncident } from './incidents.ts';
import { endpointKeys, expectStatuspageBody } from '../../../tests/support/statuspage-shapes.ts';

const api = buildApi(sampleSiteData());

describe.each(apiEndpoints)('%s', (endpoint) => {
  const body = api[endpoint] as Record<string, unknown>;
  it('has Statuspage keys and values everywhere', () => expectStatuspageBody(endpoint, body));
  it('has the page object', () =>
    expect(body['page']).toEqual({
      id: 'example-github-io-status',
      name: 'Acme <Status>',
      url: 'https://example.github.io/status/',
      time_zone: 'Europe/Berlin',
      updated_at: '2026-11-28T13:00:00.000+01:00',
    }));
});

it('builds every endpoint Statuspage has', () =>
  expect(apiEndpoints).toEqual(Object.keys(endpointKeys)));

describe('components.json', () => {
  const components = api['components.json'].components;
  it('lists groups before their members, in page order', () =>
    expect(components.map((c) => [c.id, c.group, c.group_id, c.position])).toEqual([
      ['web', false, null, 0],
      ['shipping', true, null, 1],
      ['dhl', false, 'shipping', 2],
      ['dpd', false, 'shipping', 3],
      ['data', true, null, 4],
      ['graphql', false, 'data', 5],
    ]));
  it('gives a group its members and the worst status', () =>
    expect(components[1]).toMatchObject({ components: ['dhl', 'dpd'], status: 'partial_outage' }));
  it.each([
    [
      'web',
      '2026-01-01',
      '2026-01-01T00:00:00.000+01:00',
      '2026-11-28T12:55:00.000+01:00',
      'Our site.',
    ],
    ['dhl', '2026-02-01', '2026-02-01T00:00:00.000+01:00', '2026-11-28T12:55:00.000+01:00', null],
    // No since and no data: created at the build, so nothing it touched can be newer.
    ['dpd', null, '2026-11-28T13:00:00.000+01:00', '2026-11-28T13:00:00.000+01:00', null],
  ])('%s: start %s, created %s, updated %s', (id, start, created, updated, description) =>
    expect(components.find((c) => c.id === id)).toMatchObject({
      start_date: start,
      created_at: created,
      updated_at: updated,
      description,
    }),
  );
});

describe('a group', () => {
  it.each([
    [undefined, null, '2026-02-01T00:00:00.000+01:00'],
    ['2026-03-01', '2026-02-01', '2026-02-01T00:00:00.000+01:00'],
    ['2026-01-15', '2026-01-15', '2026-01-15T00:00:00.000+01:00'],
  ])('with DPD since %s starts %s, created %s', (since, start, created) => {
    const data = sampleSiteData();
    const dpd = data.catalogue.components.find((c) => c.id === 'dpd')!;
    dpd.since = since;
    const shipping = buildApi(data)['components.json'].components.find((c) => c.id === 'shipping');
    expect(shipping).toMatchObject({ start_date: start, created_at: created });
  });
});

describe('incidents', () => {
  const byId = (list: ApiIncident[], id: string) => list.find((i) => i.id === id)!;
  it('lists incidents newest first, without maintenance', () =>
    expect(api['incidents.json'].incidents.map((i) => i.id)).toEqual([
      '2026-11-28-dhl-labels',
      '2026-11-20-web-down',
    ]));
  it('lists unresolved incidents', () => {
    expect(api['incidents/unresolved.json'].incidents.map((i) => i.id)).toEqual([
      '2026-11-28-dhl-labels',
    ]);
    expect(api['summary.json'].incidents.map((i) => i.id)).toEqual(['2026-11-28-dhl-labels']);
  });
  it('maps an open incident exactly', () => {
    const incident = byId(api['incidents.json'].incidents, '2026-11-28-dhl-labels');
    expect(incident).toMatchObject({
      name: 'Delayed <script>alert(1)</script> labels',
      status: 'monitoring',
      impact: 'major',
      shortlink: 'https://example.github.io/status/incidents/2026-11-28-dhl-labels/',
      started_at: '2026-11-28T11:00:00.000+01:00',
      monitoring_at: '2026-11-28T12:30:00.000+01:00',
      resolved_at: null,
      page_id: 'example-github-io-status',
    });
    expect(incident.components.map((c) => c.id)).toEqual(['dhl']);
    expect(incident.incident_updates.map((u) => [u.status, u.body, u.affected_components])).toEqual(
      [
        ['monitoring', 'A fix is live. <b>bold</b> & more', null],
        // A plain "update" keeps the status before it.
        ['investigating', 'Still looking.', null],
        [
          'investigating',
          'We see failed label requests.',
          [{ code: 'dhl', name: 'DHL', old_status: 'operational', new_status: 'partial_outage' }],
        ],
      ],
    );
  });
  it('returns components to operational when resolved', () => {
    const incident = byId(api['incidents.json'].incidents, '2026-11-20-web-down');
    expect(incident.resolved_at).toBe('2026-11-20T10:00:00.000+01:00');
    expect(incident.incident_updates[0]!.affected_components).toEqual([
      { code: 'web', name: 'Website', old_status: 'major_outage', new_status: 'operational' },
      { code: 'dpd', name: 'DPD', old_status: 'degraded_performance', new_status: 'operational' },
    ]);
  });
  it('never publishes a draft', () => {
    const data = sampleSiteData();
    data.incidents.push(
      sampleIncident({
        id: 'draft',
        title: 'Draft',
        draft: true,
        components: { web: 'major_outage' },
        updates: [['investigating', '2026-11-28T11:59:00Z', 'Secret.']],
      }),
    );
    expect(JSON.stringify(buildApi(data))).not.toContain('Secret.');
  });
});

describe('scheduled maintenances', () => {
  const ids = (list: ApiIncident[]) => list.map((m) => [m.id, m.status]);
  it.each([
    [
      'scheduled-maintenances.json',
      [
        ['2026-12-05-db-upgrade', 'scheduled'],
        ['2026-11-28-web-move', 'in_progress'],
        ['2026-11-10-dpd-switch', 'completed'],
      ],
    ],
    ['scheduled-maintenances/upcoming.json', [['2026-12-05-db-upgrade', 'scheduled']]],
    ['scheduled-maintenances/active.json', [['2026-11-28-web-move', 'in_progress']]],
    [
      'summary.json',
      [
        ['2026-11-28-web-move', 'in_progress'],
        ['2026-12-05-db-upgrade', 'scheduled'],
      ],
    ],
  ] as const)('%s', (endpoint, expected) =>
    expect(
      ids((api[endpoint] as { scheduled_maintenances: ApiIncident[] }).scheduled_maintenances),
    ).toEqual(expected),
  );
  it('gives the window and the maintenance impact', () =>
    expect(api['scheduled-maintenances/upcoming.json'].scheduled_maintenances[0]).toMatchObject({
      impact: 'maintenance',
      scheduled_for: '2026-12-05T23:00:00.000+01:00',
      scheduled_until: '2026-12-06T03:00:00.000+01:00',
    }));
  it('shows components going into and out of maintenance', () => {
    const done = api['scheduled-maintenances.json'].scheduled_maintenances[2]!;
    expect(
      done.incident_updates.map((u) => [u.status, u.affected_components?.[0]?.new_status ?? null]),
    ).toEqual([
      ['completed', 'operational'],
      ['in_progress', 'under_maintenance'],
      ['scheduled', null],
    ]);
  });
});

describe('status', () => {
  it.each([
    ['none', 'All Systems Operational'],
    ['minor', 'Minor Service Outage'],
    ['major', 'Partial System Outage'],
    ['critical', 'Major System Outage'],
    ['maintenance', 'Service Under Maintenance'],
  ] as const)('%s is described as Statuspage does: %s', (indicator, description) => {
    const data = sampleSiteData();
    data.indicator = indicator;
    expect(buildApi(data)['status.json'].status).toEqual({ indicator, description });
  });
});
