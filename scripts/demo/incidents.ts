import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatTime } from '../../src/lib/incidents/time.ts';

/** An incident file: its name and text. */
export interface IncidentFile {
  /** File name, like `2026-11-20-dhl-labels.md` (its date is part of the id). */
  name: string;
  /** The Markdown. */
  text: string;
}

const day = 86_400_000;
const datePattern = /\b(\d{4})-(\d{2})-(\d{2})(?=\b|T)/g;
const timePattern = /\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/g;

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const prosePattern = new RegExp(
  `\\b(?:(${weekdays.join('|')}), )?(\\d{1,2}) (${months.join('|')})\\b`,
  'g',
);

/**
 * Moves every date in a text by whole days: ISO dates (so times keep their time of day) and dates in
 * English prose like "Sunday, 15 November" (the year taken from the text's first ISO date).
 */
export function shiftDates(text: string, days: number): string {
  const shift = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d) + days * day);
  const year = Number(/\b(\d{4})-\d{2}-\d{2}/.exec(text)?.[1] ?? new Date().getUTCFullYear());
  return text
    .replace(prosePattern, (_, weekday: string | undefined, d: string, month: string) => {
      const date = shift(year, months.indexOf(month), Number(d));
      const named = `${date.getUTCDate()} ${months[date.getUTCMonth()]}`;
      return weekday ? `${weekdays[date.getUTCDay()]}, ${named}` : named;
    })
    .replace(datePattern, (_, y: string, m: string, d: string) =>
      shift(Number(y), Number(m) - 1, Number(d))
        .toISOString()
        .slice(0, 10),
    );
}

/** The latest `YYYY-MM-DD HH:mm` written in a text, read as UTC (close enough to place it in days). */
export function latestTime(text: string): number {
  const times = [...text.matchAll(timePattern)].map((m) =>
    Date.parse(`${m[0].replace(' ', 'T')}Z`),
  );
  return Math.max(-Infinity, ...times);
}

/** A maintenance whose latest update is still "Scheduled": it must stay in the future. */
export function isUpcoming(text: string): boolean {
  return /^maintenance:/m.test(text) && /^##\s*Scheduled\b/im.test(firstUpdate(text));
}

/**
 * Dates the example incidents around `now`: the past ones move together (their order kept) so that
 * the newest lies `daysAgo` days back; an upcoming maintenance moves to start `daysAhead` days ahead.
 */
export function shiftExamples(
  examples: IncidentFile[],
  now: Date,
  daysAgo = 3,
  daysAhead = 4,
): IncidentFile[] {
  const past = examples.filter((file) => !isUpcoming(file.text));
  const newest = Math.max(...past.map((file) => latestTime(file.text)));
  const pastShift = Math.floor((now.getTime() - daysAgo * day - newest) / day);
  return examples.map((file) => {
    const upcoming = isUpcoming(file.text);
    const days = upcoming ? upcomingShift(file.text, now, daysAhead) : pastShift;
    return { name: shiftDates(file.name, days), text: shiftDates(file.text, days) };
  });
}

/** Days that put a maintenance's window start `daysAhead` days after now (its announcement moves along). */
function upcomingShift(text: string, now: Date, daysAhead: number): number {
  const start = /\bstart:\s*['"]?(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2})/m.exec(text)?.[1];
  const from = start ? Date.parse(`${start.replace(' ', 'T')}Z`) : latestTime(text);
  return Math.round((now.getTime() + daysAhead * day - from) / day);
}

function firstUpdate(text: string): string {
  return /^##\s.*$/m.exec(text)?.[0] ?? '';
}

/** The open incident of the component that is down: two updates within the last hour. */
export function openIncident(
  component: { id: string; name: string },
  now: Date,
  timezone: string,
): IncidentFile {
  const at = (minutesAgo: number) =>
    formatTime(new Date(now.getTime() - minutesAgo * 60_000), timezone);
  const text = `---
title: ${component.name} unavailable
impact: major
components:
  ${component.id}: major_outage
---
## Identified · ${at(20)}
The ${component.name} answers every request with "503 Service Unavailable". A configuration change made this
morning is the cause; we are rolling it back.

## Investigating · ${at(45)}
We are investigating reports that the ${component.name} cannot be reached.
`;
  return { name: `${formatTime(now, timezone).slice(0, 10)}-${component.id}-unavailable.md`, text };
}

/** Reads the `.md` files of a directory. */
export async function readIncidentFiles(dir: string): Promise<IncidentFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  );
}

/** Writes incident files into a directory. */
export async function writeIncidentFiles(dir: string, files: IncidentFile[]): Promise<void> {
  await Promise.all(files.map((file) => writeFile(join(dir, file.name), file.text)));
}
