/**
 * ISO 8601 timestamps in the page's zone with its offset, as Statuspage writes them
 * ("2026-11-28T13:58:00.000+01:00"): the same instant as UTC, but readable in the page's zone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClock(at: Date, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const wall = Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
  // The zone's offset is how far its wall clock runs ahead of UTC at this instant.
  const offsetMinutes = Math.round((wall - (at.getTime() - at.getUTCMilliseconds())) / 60_000);
  return { parts, offsetMinutes };
}

/** `at` as ISO 8601 in `timeZone`, with milliseconds and the zone's offset (`Z` where it is zero). */
export function isoInZone(at: Date, timeZone: string): string {
  const { parts, offsetMinutes } = wallClock(at, timeZone);
  const millis = String(at.getUTCMilliseconds()).padStart(3, '0');
  const local = `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}.${millis}`;
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
  const guess = Date.parse(`${date}T00:00:00Z`);
  let at = new Date(guess - wallClock(new Date(guess), timeZone).offsetMinutes * 60_000);
  // Near a DST change the offset at midnight can differ from the offset at the guess: apply it again.
  at = new Date(guess - wallClock(at, timeZone).offsetMinutes * 60_000);
  return at;
}
