import { describe, expect, it } from 'vitest';
import { isoInZone, isoOrNull, startOfDay } from './iso-time.ts';

describe('isoInZone', () => {
  it.each([
    ['2026-11-28T12:58:00.123Z', 'Europe/Berlin', '2026-11-28T13:58:00.123+01:00'],
    ['2026-07-01T22:30:00Z', 'Europe/Berlin', '2026-07-02T00:30:00.000+02:00'],
    ['2026-03-29T00:59:59Z', 'Europe/Berlin', '2026-03-29T01:59:59.000+01:00'],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', '2026-03-29T03:00:00.000+02:00'],
    ['2026-11-28T12:58:00Z', 'America/New_York', '2026-11-28T07:58:00.000-05:00'],
    ['2026-11-28T12:58:00Z', 'Asia/Kolkata', '2026-11-28T18:28:00.000+05:30'],
    ['2026-11-28T12:58:00Z', 'UTC', '2026-11-28T12:58:00.000Z'],
    ['2026-11-28T23:59:59.999Z', 'Europe/London', '2026-11-28T23:59:59.999Z'],
  ])('%s in %s is %s', (utc, zone, expected) => {
    const text = isoInZone(new Date(utc), zone);
    expect(text).toBe(expected);
    expect(Date.parse(text)).toBe(Date.parse(utc));
  });
  it('writes null for no time', () => expect(isoOrNull(undefined, 'UTC')).toBeNull());
});

describe('startOfDay', () => {
  it.each([
    ['2026-11-28', 'Europe/Berlin', '2026-11-27T23:00:00.000Z'],
    ['2026-07-01', 'Europe/Berlin', '2026-06-30T22:00:00.000Z'],
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z'],
    ['2026-03-30', 'Europe/Berlin', '2026-03-29T22:00:00.000Z'],
    ['2026-11-28', 'America/New_York', '2026-11-28T05:00:00.000Z'],
    ['2026-11-28', 'UTC', '2026-11-28T00:00:00.000Z'],
  ])('%s in %s begins at %s', (date, zone, expected) =>
    expect(startOfDay(date, zone).toISOString()).toBe(expected),
  );
});
