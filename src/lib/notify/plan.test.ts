import { describe, expect, it } from 'vitest';
import { planNotifications } from './plan.ts';
import type { NotificationState } from './state.ts';
import { incident, samples, testSite } from './test-support.ts';

const now = '2026-11-28T12:00:00.000Z';
const noSamples = new Map();
const open = (id = 'dhl-labels', at = '2026-11-28T11:50:00.000Z') =>
  incident({ id, updates: [['investigating', at, 'We see failed label requests.']], now });
const resolvedLongAgo = incident({
  id: 'old',
  updates: [
    ['resolved', '2026-10-01T10:00:00.000Z', 'Fixed.'],
    ['investigating', '2026-10-01T09:00:00.000Z', 'Looking.'],
  ],
  now,
});
const baseline = (
  incidents: NotificationState['incidents'] = {},
  components = {},
): NotificationState => ({
  version: 1,
  incidents,
  components,
  outbox: [],
});

describe('planNotifications: the first run', () => {
  it('records a baseline and announces only what is still open', () => {
    const site = testSite([open(), resolvedLongAgo]);
    const recent = new Map([['api', samples(now, ['major_outage', 'major_outage'])]]);
    const { events, state } = planNotifications(undefined, site, recent, new Date(now));
    expect(events.map((e) => [e.type, e.incidentId])).toEqual([
      ['incident.published', 'dhl-labels'],
    ]);
    expect(state.incidents).toEqual({
      'dhl-labels': { updates: ['dhl-labels-2026-11-28T11:50:00.000Z'], status: 'investigating' },
      old: {
        updates: ['old-2026-10-01T09:00:00.000Z', 'old-2026-10-01T10:00:00.000Z'],
        status: 'resolved',
      },
    });
    expect(state.components).toEqual({ api: 'major_outage' });
    expect(state.outbox.map((entry) => [entry.event.id, entry.queuedAt, entry.delivered])).toEqual([
      ['dhl-labels:dhl-labels-2026-11-28T11:50:00.000Z:investigating', now, []],
    ]);
  });
});

describe('planNotifications: incidents', () => {
  it('announces a new incident with everything a message needs', () => {
    const { events } = planNotifications(baseline(), testSite([open()]), noSamples, new Date(now));
    expect(events).toEqual([
      {
        id: 'dhl-labels:dhl-labels-2026-11-28T11:50:00.000Z:investigating',
        type: 'incident.published',
        title: 'Title of dhl-labels',
        status: 'investigating',
        impact: 'major',
        text: 'We see failed label requests.',
        time: '2026-11-28T11:50:00.000Z',
        components: [{ id: 'dhl', name: 'DHL', status: 'partial_outage' }],
        url: 'https://status.example.com/sub/incidents/dhl-labels/',
        incidentId: 'dhl-labels',
      },
    ]);
  });

  it('sends nothing twice: a rerun on its own state plans nothing new', () => {
    const site = testSite([open(), resolvedLongAgo]);
    const first = planNotifications(baseline(), site, noSamples, new Date(now));
    const second = planNotifications(first.state, site, noSamples, new Date(now));
    expect(first.events).toHaveLength(1);
    expect(second.events).toEqual([]);
    expect(second.state).toEqual(first.state);
  });

  it.each([
    { name: 'a new update', newest: 'identified', type: 'incident.updated' },
    { name: 'the resolution', newest: 'resolved', type: 'incident.resolved' },
  ] as const)('announces $name', ({ newest, type }) => {
    const seen = baseline({
      x: { updates: ['x-2026-11-28T11:00:00.000Z'], status: 'investigating' },
    });
    const updated = incident({
      id: 'x',
      updates: [
        [newest, '2026-11-28T11:55:00.000Z', 'Next.'],
        ['investigating', '2026-11-28T11:00:00.000Z', 'First.'],
      ],
      now,
    });
    const { events, state } = planNotifications(
      seen,
      testSite([updated]),
      noSamples,
      new Date(now),
    );
    expect(events.map((e) => [e.type, e.status, e.text, e.id])).toEqual([
      [type, newest, 'Next.', `x:x-2026-11-28T11:55:00.000Z:${newest}`],
    ]);
    expect(state.incidents['x']!.updates).toEqual([
      'x-2026-11-28T11:00:00.000Z',
      'x-2026-11-28T11:55:00.000Z',
    ]);
  });

  it.each([
    {
      name: 'a draft',
      item: incident({ id: 'd', updates: [['investigating', now, 'x']], draft: true, now }),
    },
    { name: 'a resolved incident back-filled after a day', item: resolvedLongAgo },
  ])('is silent about $name', ({ item }) => {
    const { events } = planNotifications(baseline(), testSite([item]), noSamples, new Date(now));
    expect(events).toEqual([]);
  });

  it('waits for a pre-dated update until its time comes', () => {
    const later = incident({
      id: 'x',
      updates: [
        ['resolved', '2026-11-28T13:00:00.000Z', 'Later.'],
        ['investigating', '2026-11-28T11:00:00.000Z', 'First.'],
      ],
      now,
    });
    const seen = baseline({
      x: { updates: ['x-2026-11-28T11:00:00.000Z'], status: 'investigating' },
    });
    expect(planNotifications(seen, testSite([later]), noSamples, new Date(now)).events).toEqual([]);
  });
});

describe('planNotifications: notify: false', () => {
  it('records an incident that says notify: false but announces nothing of it', () => {
    const quiet = { ...open(), notify: false as const };
    const { events, state } = planNotifications(
      baseline(),
      testSite([quiet]),
      noSamples,
      new Date(now),
    );
    expect(events).toEqual([]);
    expect(state.outbox).toEqual([]);
    expect(state.incidents[quiet.id]).toEqual({
      updates: ['dhl-labels-2026-11-28T11:50:00.000Z'],
      status: 'investigating',
    });
  });
});

describe('planNotifications: maintenance by the clock', () => {
  const window = { start: '2026-11-28T12:00:00.000Z', end: '2026-11-28T14:00:00.000Z' };
  const maintenance = (at: string) =>
    incident({
      id: 'm',
      updates: [['scheduled', '2026-11-20T09:00:00.000Z', 'Planned.']],
      window,
      now: at,
    });
  const steps = [
    {
      at: '2026-11-28T11:00:00.000Z',
      type: 'maintenance.scheduled',
      text: 'Planned.',
      time: '2026-11-20T09:00:00.000Z',
    },
    {
      at: '2026-11-28T12:05:00.000Z',
      type: 'maintenance.started',
      text: 'The maintenance has started.',
      time: window.start,
    },
    { at: '2026-11-28T13:00:00.000Z', type: undefined, text: undefined, time: undefined },
    {
      at: '2026-11-28T14:05:00.000Z',
      type: 'maintenance.completed',
      text: 'The maintenance is completed.',
      time: window.end,
    },
  ];

  it('announces scheduled, started and completed once each', () => {
    let state = baseline();
    const seen: unknown[] = [];
    for (const step of steps) {
      const plan = planNotifications(
        state,
        testSite([maintenance(step.at)]),
        noSamples,
        new Date(step.at),
      );
      seen.push(plan.events.map((e) => [e.type, e.text, e.time, e.window]));
      state = plan.state;
    }
    expect(seen).toEqual(
      steps.map((step) => (step.type ? [[step.type, step.text, step.time, window]] : [])),
    );
  });
});

describe('planNotifications: probe status changes', () => {
  const statuses = { api: 'operational', dhl: 'operational' } as const;

  it.each([
    {
      name: 'one flaky run',
      api: ['major_outage', 'operational'],
      want: [],
      stored: 'operational',
    },
    {
      name: 'two failing runs',
      api: ['major_outage', 'major_outage'],
      want: ['API: Operational → Major Outage'],
      stored: 'major_outage',
    },
    { name: 'no samples', api: [], want: [], stored: 'operational' },
  ] as const)('$name', ({ api, want, stored }) => {
    const recent = new Map([
      ['api', samples(now, [...api])],
      ['dhl', samples(now, ['operational', 'operational'])],
    ]);
    const { events, state } = planNotifications(
      baseline({}, statuses),
      testSite(),
      recent,
      new Date(now),
    );
    expect(events.flatMap((e) => e.text.split('\n'))).toEqual(want);
    expect(state.components).toEqual({ api: stored, dhl: 'operational' });
  });

  it('puts several changes into one message', () => {
    const recent = new Map([
      ['api', samples(now, ['major_outage', 'major_outage'])],
      [
        'dhl',
        samples('2026-11-28T11:59:00.000Z', ['degraded_performance', 'degraded_performance']),
      ],
    ]);
    const { events } = planNotifications(baseline({}, statuses), testSite(), recent, new Date(now));
    expect(events).toEqual([
      {
        id: 'components:2026-11-28T12:00:00.000Z:api=major_outage,dhl=degraded_performance',
        type: 'component.status_changed',
        title: '2 components changed status',
        text: 'API: Operational → Major Outage\nDHL: Operational → Degraded Performance',
        time: now,
        components: [
          { id: 'api', name: 'API', status: 'major_outage', from: 'operational' },
          { id: 'dhl', name: 'DHL', status: 'degraded_performance', from: 'operational' },
        ],
        url: 'https://status.example.com/sub/',
      },
    ]);
  });

  // Maintenance 11:00–13:00; the API fails from 11:50 on. During the window nothing is said and
  // the stored status stays; after it, what still holds is news and a recovery alone is not.
  it.each([
    { after: 'major_outage', want: ['API: Operational → Major Outage'] },
    { after: 'operational', want: [] },
  ] as const)('after a maintenance, announces what outlasts it: $after', ({ after, want }) => {
    const window = { start: '2026-11-28T11:00:00.000Z', end: '2026-11-28T13:00:00.000Z' };
    const works = (at: string) =>
      incident({
        id: 'm',
        updates: [['scheduled', '2026-11-20T09:00:00.000Z', 'Planned.']],
        window,
        components: { api: 'under_maintenance' },
        now: at,
      });
    const seen = baseline(
      { m: { updates: ['m-2026-11-20T09:00:00.000Z'], status: 'in_progress' } },
      statuses,
    );
    const during = planNotifications(
      seen,
      testSite([works(now)]),
      new Map([['api', samples(now, ['major_outage', 'major_outage'])]]),
      new Date(now),
    );
    expect(during.events).toEqual([]);
    expect(during.state.components['api']).toBe('operational');
    const later = '2026-11-28T13:10:00.000Z';
    const { events, state } = planNotifications(
      during.state,
      testSite([works(later)]),
      new Map([['api', samples(later, [after, after])]]),
      new Date(later),
    );
    const probeNews = events.filter((e) => e.type === 'component.status_changed');
    expect(probeNews.flatMap((e) => e.text.split('\n'))).toEqual(want);
    expect(state.components['api']).toBe(after);
  });

  it('announces a failure inside the window of a maintenance completed early', () => {
    const works = incident({
      id: 'm',
      updates: [
        ['completed', '2026-11-28T11:30:00.000Z', 'Done early.'],
        ['scheduled', '2026-11-20T09:00:00.000Z', 'Planned.'],
      ],
      window: { start: '2026-11-28T11:00:00.000Z', end: '2026-11-28T13:00:00.000Z' },
      components: { api: 'under_maintenance' },
      now,
    });
    const seen = baseline(
      { m: { updates: works.updates.map((u) => u.id).sort(), status: 'completed' } },
      statuses,
    );
    const recent = new Map([['api', samples(now, ['major_outage', 'major_outage'])]]);
    const { events } = planNotifications(seen, testSite([works]), recent, new Date(now));
    expect(events.map((e) => e.text)).toEqual(['API: Operational → Major Outage']);
  });

  it('keeps undelivered events in the outbox and does not queue one twice', () => {
    const first = planNotifications(baseline(), testSite([open()]), noSamples, new Date(now));
    const carried = { ...first.state, incidents: {} }; // as if the incident were seen again as new
    const second = planNotifications(
      carried,
      testSite([open()]),
      noSamples,
      new Date('2026-11-28T12:05:00.000Z'),
    );
    expect(second.events).toEqual([]);
    expect(second.state.outbox).toEqual(first.state.outbox);
  });
});
