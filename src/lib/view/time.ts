/** Times as pages show them: server-rendered in the page's zone, with UTC for the title. */
import { formatDateTime, formatUtc, type Language } from '../i18n.ts';

/** A moment ready for `<Time>`: machine value, text in the page's zone, UTC title. */
export interface TimeView {
  /** ISO 8601 (UTC), for `datetime` and the visitor-zone script. */
  iso: string;
  /** In the page's zone, like "28 Nov 2026, 13:58 CET". */
  text: string;
  /** Like "2026-11-28 12:58 UTC". */
  utc: string;
}

/** A `TimeView` of `at` in `timeZone`. */
export function timeView(at: Date, timeZone: string, language: Language): TimeView {
  return {
    iso: at.toISOString(),
    text: formatDateTime(at, timeZone, language),
    utc: formatUtc(at),
  };
}
