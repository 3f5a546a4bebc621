import { describe, expect, it } from 'vitest';
import { dayBounds, datesBetween, zonedDate } from './zoned-days.ts';

describe('dayBounds', () => {
  it.each([
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z', 23],
    ['2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00.000Z', 25],
    ['2026-11-28', 'Europe/Berlin', '2026-11-27T23:00:00.000Z', 24],
    ['2026-11-28', 'UTC', '2026-11-28T00:00:00.000Z', 24],
    ['2026-11-28', 'Asia/Kolkata', '2026-11-27T18:30:00.000Z', 24],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z', 23],
  ])('%s in %s starts %s and has %i hours', (date, zone, start, hours) => {
    const [from, to] = dayBounds(date, zone);
    expect(new Date(from).toISOString()).toBe(start);
    expect((to - from) / 3_600_000).toBe(hours);
  });
});

describe('zonedDate', () => {
  it.each([
    ['2026-11-28T22:59:59Z', 'Europe/Berlin', '2026-11-28'],
    ['2026-11-28T23:00:00Z', 'Europe/Berlin', '2026-11-29'],
    ['2026-10-25T00:30:00Z', 'Europe/Berlin', '2026-10-25'],
    ['2026-11-28T18:30:00Z', 'Asia/Kolkata', '2026-11-29'],
  ])('%s in %s is %s', (time, zone, date) => {
    expect(zonedDate(Date.parse(time), zone)).toBe(date);
  });

  it('lists dates across a month end', () => {
    expect(datesBetween('2026-11-29', '2026-12-02')).toEqual([
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });
});
