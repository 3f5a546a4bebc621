import { describe, expect, it } from 'vitest';
import { sampleIncident, sampleSiteData } from '../../tests/support/sample-site-data.ts';
import { buildCalendar, eventUid } from './ics.ts';

/** The VEVENTs of an iCalendar text as field maps (folded lines joined, as RFC 5545 says). */
function parseEvents(text: string): Array<Record<string, string>> {
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nEND:VCALENDAR$/);
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)\r\nEND:VEVENT/g)].map((match) =>
    Object.fromEntries(
      match[1]!.split('\r\n').map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).split(';')[0]!, line.slice(colon + 1)];
      }),
    ),
  );
}

const site = 'https://example.github.io/status/';

describe('buildCalendar', () => {
  const events = parseEvents(buildCalendar(sampleSiteData()));

  it('holds scheduled, in-progress and recently completed maintenance, by start', () =>
    expect(events.map((e) => [e['UID'], e['DTSTART'], e['DTEND'], e['SUMMARY']])).toEqual([
      [
        '2026-11-10-dpd-switch@example.github.io',
        '20261110T200000Z',
        '20261110T210000Z',
        'DPD switch',
      ],
      [
        '2026-11-28-web-move@example.github.io',
        '20261128T110000Z',
        '20261128T130000Z',
        'Website move',
      ],
      [
        '2026-12-05-db-upgrade@example.github.io',
        '20261205T220000Z',
        '20261206T020000Z',
        'Database upgrade',
      ],
    ]));

  it('links each event and stamps it deterministically', () =>
    expect(events[2]).toMatchObject({
      URL: `${site}incidents/2026-12-05-db-upgrade/`,
      DTSTAMP: '20261125T100000Z',
      SEQUENCE: '0',
      DESCRIPTION: `Affected: GraphQL API\\n\\nScheduled: We upgrade the database.\\n\\n${site}incidents/2026-12-05-db-upgrade/`,
    }));

  it('counts updates as revisions', () => expect(events[0]!['SEQUENCE']).toBe('2'));

  it('is the same text when built twice', () =>
    expect(buildCalendar(sampleSiteData())).toBe(buildCalendar(sampleSiteData())));

  it('names the calendar and its address', () => {
    const text = buildCalendar(sampleSiteData()).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('\r\nX-WR-CALNAME:Acme <Status>: Maintenance calendar\r\n');
    expect(text).toContain(`\r\nURL:${site}maintenance.ics\r\n`);
  });

  it('leaves out incidents, drafts and maintenance completed over 30 days ago', () => {
    const data = sampleSiteData();
    const old = (id: string, end: string, draft = false) =>
      sampleIncident({
        id,
        title: id,
        kind: 'maintenance',
        draft,
        components: { web: 'under_maintenance' },
        window: ['2026-10-01T00:00:00Z', end],
        updates: [['completed', end, 'Done.']],
      });
    data.incidents.push(
      old('ended-31-days-ago', '2026-10-28T11:59:00Z'),
      old('ended-29-days-ago', '2026-10-30T12:00:00Z'),
    );
    data.incidents.push(old('draft', '2026-11-27T00:00:00Z', true));
    const uids = parseEvents(buildCalendar(data)).map((e) => e['UID']);
    expect(uids).toContain('ended-29-days-ago@example.github.io');
    expect(uids).not.toContain('ended-31-days-ago@example.github.io');
    expect(uids).not.toContain('draft@example.github.io');
    expect(uids).not.toContain('2026-11-28-dhl-labels@example.github.io');
  });
});

describe('eventUid', () => {
  it.each([
    ['https://status.example.com/', 'x', 'x@status.example.com'],
    ['https://example.github.io/status/', 'x', 'x@example.github.io'],
    ['http://localhost:4321/', 'x', 'x@localhost:4321'],
  ])('%s %s → %s', (url, id, uid) => expect(eventUid(url, id)).toBe(uid));
});
