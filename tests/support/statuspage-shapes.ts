/**
 * The shapes of Statuspage's public v2 API (https://metastatuspage.com/api/v2/ and the
 * `statuspage.io` client's typings): key sets and value sets, checked by unit and end-to-end tests.
 */
import { expect } from 'vitest';

/** Keys of `page`. */
export const pageKeys = ['id', 'name', 'time_zone', 'updated_at', 'url'];

/** Keys of a component; a group adds `components`. */
export const componentKeys = [
  'created_at',
  'description',
  'group',
  'group_id',
  'id',
  'name',
  'only_show_if_degraded',
  'page_id',
  'position',
  'showcase',
  'start_date',
  'status',
  'updated_at',
];

/** Keys of an incident; a scheduled maintenance adds `scheduled_for` and `scheduled_until`. */
export const incidentKeys = [
  'components',
  'created_at',
  'id',
  'impact',
  'incident_updates',
  'monitoring_at',
  'name',
  'page_id',
  'resolved_at',
  'shortlink',
  'started_at',
  'status',
  'updated_at',
];

/** Keys of an incident update. */
export const updateKeys = [
  'affected_components',
  'body',
  'created_at',
  'display_at',
  'id',
  'incident_id',
  'status',
  'updated_at',
];

/** Top-level keys per endpoint. */
export const endpointKeys = {
  'summary.json': ['components', 'incidents', 'page', 'scheduled_maintenances', 'status'],
  'status.json': ['page', 'status'],
  'components.json': ['components', 'page'],
  'incidents.json': ['incidents', 'page'],
  'incidents/unresolved.json': ['incidents', 'page'],
  'scheduled-maintenances.json': ['page', 'scheduled_maintenances'],
  'scheduled-maintenances/upcoming.json': ['page', 'scheduled_maintenances'],
  'scheduled-maintenances/active.json': ['page', 'scheduled_maintenances'],
} as const;

const componentStatuses = [
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
];
const incidentStatuses = ['investigating', 'identified', 'monitoring', 'resolved', 'postmortem'];
const maintenanceStatuses = ['scheduled', 'in_progress', 'verifying', 'completed'];
const indicators = ['none', 'minor', 'major', 'critical', 'maintenance'];
/** ISO 8601 with milliseconds and an offset, as Statuspage writes times. */
export const isoWithOffset = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(Z|[+-]\d\d:\d\d)$/;

type Json = Record<string, unknown>;
const keys = (value: unknown) => Object.keys(value as Json).sort();

function expectComponent(component: Json): void {
  expect(keys(component)).toEqual(
    component['group'] ? [...componentKeys, 'components'].sort() : componentKeys,
  );
  expect(componentStatuses).toContain(component['status']);
  expect(component['created_at']).toMatch(isoWithOffset);
  expect(component['updated_at']).toMatch(isoWithOffset);
  expect(typeof component['position']).toBe('number');
}

function expectIncident(incident: Json, maintenance: boolean): void {
  const expected = maintenance
    ? [...incidentKeys, 'scheduled_for', 'scheduled_until'].sort()
    : incidentKeys;
  expect(keys(incident)).toEqual(expected);
  const statuses = maintenance ? maintenanceStatuses : incidentStatuses;
  expect(statuses).toContain(incident['status']);
  expect(maintenance ? ['maintenance'] : ['none', 'minor', 'major', 'critical']).toContain(
    incident['impact'],
  );
  for (const field of [
    'created_at',
    'updated_at',
    'started_at',
    ...(maintenance ? ['scheduled_for', 'scheduled_until'] : []),
  ]) {
    expect(incident[field]).toMatch(isoWithOffset);
  }
  for (const field of ['monitoring_at', 'resolved_at']) {
    if (incident[field] !== null) expect(incident[field]).toMatch(isoWithOffset);
  }
  for (const update of incident['incident_updates'] as Json[]) {
    expect(keys(update)).toEqual(updateKeys);
    expect(statuses).toContain(update['status']);
    expect(update['display_at']).toMatch(isoWithOffset);
    const affected = update['affected_components'] as Json[] | null;
    for (const change of affected ?? []) {
      expect(keys(change)).toEqual(['code', 'name', 'new_status', 'old_status']);
      expect(componentStatuses).toContain(change['old_status']);
      expect(componentStatuses).toContain(change['new_status']);
    }
  }
  for (const component of incident['components'] as Json[]) expectComponent(component);
}

/** Checks one endpoint's body against Statuspage's shapes and value sets. */
export function expectStatuspageBody(endpoint: keyof typeof endpointKeys, body: Json): void {
  expect(keys(body)).toEqual(endpointKeys[endpoint]);
  expect(keys(body['page'])).toEqual(pageKeys);
  if (body['status']) {
    expect(keys(body['status'])).toEqual(['description', 'indicator']);
    expect(indicators).toContain((body['status'] as Json)['indicator']);
  }
  for (const component of (body['components'] ?? []) as Json[]) expectComponent(component);
  for (const incident of (body['incidents'] ?? []) as Json[]) expectIncident(incident, false);
  for (const incident of (body['scheduled_maintenances'] ?? []) as Json[])
    expectIncident(incident, true);
}
