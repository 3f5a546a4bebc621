import { describe, expect, it } from 'vitest';
import { isUpcoming, latestTime, openIncident, shiftDates, shiftExamples } from './incidents.ts';

const resolved = (date: string) => `---
title: Old
impact: major
components: { dhl: major_outage }
---
## Resolved · ${date} 14:05
Fine again.

## Investigating · ${date} 12:58
Broken.
`;
const scheduled = `---
title: Upgrade
impact: none
components: { ups: under_maintenance }
maintenance: { start: '2026-12-10 22:00', end: '2026-12-11 02:00' }
---
## Scheduled · 2026-11-25 09:00
We will upgrade.
`;

describe('shiftDates', () => {
  it.each([
    ['2026-11-28 14:05', 3, '2026-12-01 14:05'],
    ['2026-03-01T00:00Z', -1, '2026-02-28T00:00Z'],
    ['2026-11-20-dhl-labels.md', 10, '2026-11-30-dhl-labels.md'],
    ['no dates here', 5, 'no dates here'],
    [
      '2026-11-15 22:00: on Sunday, 15 November from 22:00',
      7,
      '2026-11-22 22:00: on Sunday, 22 November from 22:00',
    ],
    [
      '2026-12-05: Saturday, 5 December and 31 December',
      1,
      '2026-12-06: Sunday, 6 December and 1 January',
    ],
  ])('%s by %i days → %s', (text, days, expected) => expect(shiftDates(text, days)).toBe(expected));
});

describe('shiftExamples', () => {
  const now = new Date('2027-03-15T12:00:00Z');
  const shifted = shiftExamples(
    [
      { name: '2026-10-02-old.md', text: resolved('2026-10-02') },
      { name: '2026-11-20-newer.md', text: resolved('2026-11-20') },
      { name: '2026-12-10-upgrade.md', text: scheduled },
    ],
    now,
  );

  it('keeps the order of past incidents and puts the newest 3 to 4 days before now', () => {
    expect(shifted.map((f) => f.name)).toEqual([
      '2027-01-21-old.md',
      '2027-03-11-newer.md',
      '2027-03-19-upgrade.md',
    ]);
    const newest = latestTime(shifted[1]!.text);
    expect((now.getTime() - newest) / 86_400_000).toBeGreaterThanOrEqual(3);
    expect((now.getTime() - newest) / 86_400_000).toBeLessThan(4);
  });

  it('moves a scheduled maintenance into the future, its window kept', () => {
    expect(shifted[2]!.text).toContain(
      `maintenance: { start: '2027-03-19 22:00', end: '2027-03-20 02:00' }`,
    );
  });

  it.each([
    [scheduled, true],
    [resolved('2026-11-20'), false],
    [
      scheduled.replace('## Scheduled', '## Completed · 2026-12-11 02:00\nDone.\n\n## Scheduled'),
      false,
    ],
  ])('isUpcoming(%#) → %s', (text, expected) => expect(isUpcoming(text)).toBe(expected));
});

describe('openIncident', () => {
  it('writes two updates within the last hour in the page zone', () => {
    const file = openIncident(
      { id: 'registration-site', name: 'Registration Site' },
      new Date('2026-11-28T12:00:00Z'),
      'Europe/Berlin',
    );
    expect(file.name).toBe('2026-11-28-registration-site-unavailable.md');
    expect(file.text).toContain('## Identified · 2026-11-28 12:40\n');
    expect(file.text).toContain('## Investigating · 2026-11-28 12:15\n');
    expect(file.text).toContain('  registration-site: major_outage\n');
  });
});
