import { describe, expect, it } from 'vitest';
import type { IncidentFacts } from '../domain/model.ts';
import { incidentFacts } from './incident-facts.ts';
import { parseIncident } from './incidents.ts';
import { fixtureConfig } from './incidents/fixtures.ts';

const { config, catalogue } = fixtureConfig();
const at = (text: string) => new Date(`${text}Z`);

/** An incident or maintenance from headings (newest first) and an optional window, times in UTC. */
function incident(headings: string[], window?: [string, string]) {
  const front = window
    ? `maintenance:\n  start: ${window[0]}Z\n  end: ${window[1]}Z`
    : 'impact: major';
  const body = headings.map((h) => `## ${h.replace(/(\d\d:\d\d)$/, '$1Z')}\nText.\n`).join('\n');
  const text = `---\ntitle: T\n${front}\ncomponents: [dhl]\n---\n${body}`;
  const { incident, problems } = parseIncident(
    text,
    'x.md',
    catalogue,
    config,
    at('2030-01-01T00:00'),
  );
  if (!incident) throw new Error(JSON.stringify(problems));
  return incident;
}

const resolved = incident([
  'Postmortem · 2026-11-28 16:00',
  'Resolved · 2026-11-28 14:00',
  'Monitoring · 2026-11-28 13:30',
  'Update · 2026-11-28 13:00',
  'Monitoring · 2026-11-28 12:30',
  'Investigating · 2026-11-28 12:00',
]);
const open = incident([
  'Update · 2026-11-28 12:20',
  'Identified · 2026-11-28 12:10',
  'Investigating · 2026-11-28 12:00',
]);
const reopened = incident([
  'Investigating · 2026-11-28 15:00',
  'Resolved · 2026-11-28 14:00',
  'Investigating · 2026-11-28 12:00',
]);
const window: [string, string] = ['2026-12-12 19:00', '2026-12-12 20:00'];
const planned = incident(['Scheduled · 2026-12-01 10:00'], window);
const early = incident(
  [
    'Completed · 2026-12-12 19:40',
    'In progress · 2026-12-12 19:00',
    'Scheduled · 2026-12-01 10:00',
  ],
  window,
);

describe.each<[string, ReturnType<typeof incident>, string, Partial<IncidentFacts>]>([
  [
    'a resolved incident with a postmortem',
    resolved,
    '2026-11-28T17:00',
    {
      status: 'postmortem',
      active: false,
      upcoming: false,
      startedAt: at('2026-11-28T12:00'),
      resolvedAt: at('2026-11-28T14:00'),
      monitoringAt: at('2026-11-28T12:30'),
      updatedAt: at('2026-11-28T16:00'),
      createdAt: at('2026-11-28T12:00'),
      durationSeconds: 7200,
    },
  ],
  [
    'the same incident before its updates after 13:15 were due',
    resolved,
    '2026-11-28T13:15',
    {
      status: 'monitoring',
      active: true,
      resolvedAt: undefined,
      updatedAt: at('2026-11-28T13:00'),
      durationSeconds: 4500,
    },
  ],
  [
    'an open incident: Update keeps the status',
    open,
    '2026-11-28T12:30',
    {
      status: 'identified',
      active: true,
      resolvedAt: undefined,
      monitoringAt: undefined,
      durationSeconds: 1800,
    },
  ],
  [
    'a re-opened incident',
    reopened,
    '2026-11-28T15:30',
    {
      status: 'investigating',
      active: true,
      resolvedAt: undefined,
      durationSeconds: 12600,
    },
  ],
  [
    'a maintenance before its window',
    planned,
    '2026-12-05T00:00',
    {
      status: 'scheduled',
      active: false,
      upcoming: true,
      startedAt: at('2026-12-12T19:00'),
      resolvedAt: undefined,
      durationSeconds: 0,
    },
  ],
  [
    'a maintenance in its window by the clock',
    planned,
    '2026-12-12T19:15',
    {
      status: 'in_progress',
      active: true,
      upcoming: false,
      durationSeconds: 900,
    },
  ],
  [
    'a maintenance after its window by the clock',
    planned,
    '2026-12-12T21:00',
    {
      status: 'completed',
      active: false,
      upcoming: false,
      resolvedAt: at('2026-12-12T20:00'),
      durationSeconds: 3600,
    },
  ],
  [
    'a maintenance completed early',
    early,
    '2026-12-12T19:45',
    {
      status: 'completed',
      active: false,
      resolvedAt: at('2026-12-12T19:40'),
      durationSeconds: 2400,
    },
  ],
  [
    'a pre-written Completed update before it is due',
    early,
    '2026-12-12T19:30',
    {
      status: 'in_progress',
      active: true,
      resolvedAt: undefined,
      updatedAt: at('2026-12-12T19:00'),
    },
  ],
])('incidentFacts: %s', (_, subject, now, expected) => {
  it('derives the facts', () => expect(incidentFacts(subject, at(now))).toMatchObject(expected));
});
