import { wallClock, zoneOffset } from '../zoned-days.ts';

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
  if (!showsWall(utc, zone, wall)) {
    return {
      ok: false,
      message: `time "${text}" does not exist in ${zone} (the clocks skip it); write the time after the change or add an offset`,
    };
  }
  // A time that happens twice (clocks go back) is read as its first occurrence.
  const hourEarlier = utc - 3_600_000;
  const first = showsWall(hourEarlier, zone, wall) ? hourEarlier : utc;
  return { ok: true, date: new Date(first) };
}

/** A moment as `YYYY-MM-DD HH:mm` in a zone: how the authoring commands write times. */
export function formatTime(date: Date, zone: string): string {
  const wall = wallClock(date.getTime(), zone);
  return `${wall.year}-${wall.month}-${wall.day} ${wall.hour}:${wall.minute}`;
}

/** Whether the zone's clocks show `wall` (as if UTC, epoch ms) at the instant `utc`. */
function showsWall(utc: number, zone: string, wall: number): boolean {
  return utc + zoneOffset(utc, zone) === wall;
}

function offsetMinutes(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  return text.startsWith('-') ? -minutes : minutes;
}
