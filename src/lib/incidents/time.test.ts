import { describe, expect, it } from 'vitest';
import { formatTime, parseTime } from './time.ts';

describe('parseTime', () => {
  it.each([
    ['2026-11-28 14:05', 'Europe/Berlin', '2026-11-28T13:05:00.000Z'],
    ['2026-07-01 14:05', 'Europe/Berlin', '2026-07-01T12:05:00.000Z'],
    ['2026-11-28T14:05', 'Europe/Berlin', '2026-11-28T13:05:00.000Z'],
    ['2026-11-28 14:05:30', 'UTC', '2026-11-28T14:05:30.000Z'],
    ['2026-11-28 14:05Z', 'Europe/Berlin', '2026-11-28T14:05:00.000Z'],
    ['2026-11-28 14:05 +05:30', 'Europe/Berlin', '2026-11-28T08:35:00.000Z'],
    ['2026-11-28 14:05-0800', 'Europe/Berlin', '2026-11-28T22:05:00.000Z'],
    ['2026-11-28 09:00', 'America/New_York', '2026-11-28T14:00:00.000Z'],
    // The hour that repeats when summer time ends is read as its first occurrence.
    ['2026-10-25 02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['2026-03-29 03:00', 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
  ])('%s in %s is %s', (text, zone, iso) => {
    const parsed = parseTime(text, zone);
    expect(parsed.ok && parsed.date.toISOString()).toBe(iso);
  });

  it.each([
    [
      '28.11.2026 14:05',
      'unparsable time "28.11.2026 14:05" (write YYYY-MM-DD HH:mm, optionally with Z or an offset like +01:00)',
    ],
    [
      '2026-11-28',
      'unparsable time "2026-11-28" (write YYYY-MM-DD HH:mm, optionally with Z or an offset like +01:00)',
    ],
    [
      '2026-02-30 10:00',
      'unparsable time "2026-02-30 10:00" (write YYYY-MM-DD HH:mm, optionally with Z or an offset like +01:00)',
    ],
    [
      '2026-11-28 24:00',
      'unparsable time "2026-11-28 24:00" (write YYYY-MM-DD HH:mm, optionally with Z or an offset like +01:00)',
    ],
    [
      '2026-03-29 02:30',
      'time "2026-03-29 02:30" does not exist in Europe/Berlin (the clocks skip it); write the time after the change or add an offset',
    ],
  ])('refuses %s', (text, message) =>
    expect(parseTime(text, 'Europe/Berlin')).toEqual({ ok: false, message }),
  );

  it.each([
    ['2026-11-28T13:05:59Z', 'Europe/Berlin', '2026-11-28 14:05'],
    ['2026-07-01T22:30:00Z', 'Europe/Berlin', '2026-07-02 00:30'],
  ])('formats %s in %s as %s', (iso, zone, text) =>
    expect(formatTime(new Date(iso), zone)).toBe(text),
  );
});
