/** Calendar days in an IANA time zone, DST-correct (a day may have 23 or 25 hours). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timezone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a zone, zero-padded (hour 00–23). */
export interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** What a clock on the wall in the zone shows at an instant. */
export function wallClock(ms: number, timezone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatter(timezone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = part.value;
  }
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
    second: parts['second']!,
  };
}

/** The zone's offset from UTC at an instant, in ms (Berlin in summer: +7,200,000). */
export function zoneOffset(ms: number, timezone: string): number {
  const wall = wallClock(ms, timezone);
  const asUtc = Date.UTC(
    Number(wall.year),
    Number(wall.month) - 1,
    Number(wall.day),
    Number(wall.hour),
    Number(wall.minute),
    Number(wall.second),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The calendar date (YYYY-MM-DD) of an instant in the zone. */
export function zonedDate(ms: number, timezone: string): string {
  return new Date(ms + zoneOffset(ms, timezone)).toISOString().slice(0, 10);
}

const startCache = new Map<string, number>();

/** The instant (epoch ms) a calendar date begins in the zone. */
export function dayStart(date: string, timezone: string): number {
  const key = `${timezone} ${date}`;
  const cached = startCache.get(key);
  if (cached !== undefined) return cached;
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // Two rounds settle the offset even when midnight itself is near a DST change.
  let start = midnightUtc - zoneOffset(midnightUtc, timezone);
  start = midnightUtc - zoneOffset(start, timezone);
  startCache.set(key, start);
  return start;
}

/** The date after `date` (YYYY-MM-DD). */
export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The date `days` before `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Every date from `first` to `last`, inclusive. */
export function datesBetween(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let d = first; d <= last; d = nextDate(d)) dates.push(d);
  return dates;
}

/** [start, end) of a calendar date in the zone, epoch ms. */
export function dayBounds(date: string, timezone: string): [number, number] {
  return [dayStart(date, timezone), dayStart(nextDate(date), timezone)];
}
