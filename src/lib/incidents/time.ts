/** How a time is written in an incident: `2026-11-28 14:05`, optionally with seconds, `T`, and `Z` or an offset. */
const timePattern =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

// The format shown in messages, so every error teaches it.
const timeFormat = 'YYYY-MM-DD HH:mm';

/** The result of reading a time: the moment, or why it could not be read. */
export type ParsedTime = { ok: true; date: Date } | { ok: false; message: string };

/**
 * Reads a time as written in an incident. Without `Z` or an offset it is wall-clock time in `zone`;
 * a time that does not exist there (skipped by a daylight-saving change) is refused rather than guessed.
 */
export function parseTime(text: string, zone: string): ParsedTime {
  const match = timePattern.exec(text.trim());
  const bad = {
    ok: false as const,
    message: `unparsable time "${text}" (write ${timeFormat}, optionally with Z or an offset like +01:00)`,
  };
  if (!match) return bad;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return bad;
  }
  const offsetText = match[7];
  if (offsetText !== undefined) {
    return { ok: true, date: new Date(wall - offsetMinutes(offsetText) * 60_000) };
  }
  // Two passes find the offset in force at that wall-clock time (it may differ from the guess near DST changes).
  let utc = wall - zoneOffset(wall, zone);
  utc = wall - zoneOffset(utc, zone);
  if (wallClock(new Date(utc), zone) !== wallClock(new Date(wall), 'UTC')) {
    return {
      ok: false,
      message: `time "${text}" does not exist in ${zone} (the clocks skip it); write the time after the change or add an offset`,
    };
  }
  // A time that happens twice (clocks go back) is read as its first occurrence.
  const hourEarlier = utc - 3_600_000;
  const first =
    wallClock(new Date(hourEarlier), zone) === wallClock(new Date(wall), 'UTC') ? hourEarlier : utc;
  return { ok: true, date: new Date(first) };
}

/** A moment as `YYYY-MM-DD HH:mm` in a zone: how the authoring commands write times. */
export function formatTime(date: Date, zone: string): string {
  return wallClock(date, zone).slice(0, 16);
}

/** `YYYY-MM-DD HH:mm:ss` of a moment in a zone. */
function wallClock(date: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** Milliseconds the zone is ahead of UTC at a moment. */
function zoneOffset(utc: number, zone: string): number {
  const wall = wallClock(new Date(utc), zone);
  const [date, time] = wall.split(' ') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = time.split(':').map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(utc / 1000) * 1000;
}

function offsetMinutes(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return text.startsWith('-') ? -minutes : minutes;
}
