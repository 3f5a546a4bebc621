import { dayStart, wallClock, zoneOffset } from '../zoned-days.ts';

/**
 * ISO 8601 timestamps in the page's zone with its offset, as Statuspage writes them
 * ("2026-11-28T13:58:00.000+01:00"): the same instant as UTC, but readable in the page's zone.
 */
/** `at` as ISO 8601 in `timeZone`, with milliseconds and the zone's offset (`Z` where it is zero). */
export function isoInZone(at: Date, timeZone: string): string {
  const wall = wallClock(at.getTime(), timeZone);
  const offsetMinutes = Math.round(zoneOffset(at.getTime(), timeZone) / 60_000);
  const millis = String(at.getUTCMilliseconds()).padStart(3, '0');
  const local = `${wall.year}-${wall.month}-${wall.day}T${wall.hour}:${wall.minute}:${wall.second}.${millis}`;
  return `${local}${offset(offsetMinutes)}`;
}

function offset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `isoInZone` for an optional time: null when absent, as Statuspage writes missing times. */
export function isoOrNull(at: Date | undefined, timeZone: string): string | null {
  return at === undefined ? null : isoInZone(at, timeZone);
}

/** The instant a calendar day (YYYY-MM-DD) begins in `timeZone`. */
export function startOfDay(date: string, timeZone: string): Date {
  return new Date(dayStart(date, timeZone));
}
