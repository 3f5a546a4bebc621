import type { IncidentUpdate } from '../../domain/incident.ts';
import type { Problem } from '../../domain/problem.ts';
import { didYouMean } from '../did-you-mean.ts';
import { findUnsafeMarkdown, renderMarkdown } from '../markdown.ts';
import { isMaintenanceStatus, statusOfWord, wordsFor } from './status-words.ts';
import { formatTime, parseTime } from './time.ts';

/** What reading the updates needs to know about the file. */
export interface UpdateContext {
  file: string;
  /** The incident's id (prefix of each update's id). */
  id: string;
  kind: 'incident' | 'maintenance';
  /** The page's zone, for times without an offset. */
  zone: string;
  now: Date;
}

/** One `## Status · time` section as written. */
interface Section {
  heading: string;
  line: number;
  /** Body lines below the heading, each with its file line. */
  lines: { text: string; line: number }[];
}

/** Matches `## Word · time`, with `·`, `|`, `—`, `–` or ` - ` between word and time. */
const headingPattern = /^(.+?)\s*(?:[·|—–]|\s-\s)\s*(\S.*?)\s*$/;

/** Reads the update sections of a body, newest first, with every problem located. */
export function parseUpdates(
  body: string,
  bodyLine: number,
  ctx: UpdateContext,
): { updates: IncidentUpdate[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const add = (line: number, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file: ctx.file, line, message, severity });
  const { preamble, sections } = splitSections(body, bodyLine);
  if (preamble)
    add(
      preamble,
      `text before the first update; start each update with a heading like "${example(ctx.kind)}"`,
    );
  const updates: IncidentUpdate[] = [];
  for (const section of sections) {
    const update = readSection(section, ctx, add);
    if (update) updates.push(update);
  }
  if (sections.length === 0)
    add(bodyLine, `no updates: add one below the front matter, like "${example(ctx.kind)}"`);
  checkOrder(updates, ctx, add);
  return { updates, problems };
}

function example(kind: UpdateContext['kind']): string {
  return kind === 'maintenance'
    ? '## Scheduled · 2026-12-12 19:00'
    : '## Investigating · 2026-11-28 12:58';
}

/** Splits the body at `## ` headings outside code fences; returns the line of stray text above the first. */
function splitSections(
  body: string,
  bodyLine: number,
): { preamble: number | undefined; sections: Section[] } {
  const sections: Section[] = [];
  let preamble: number | undefined;
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((text, index) => {
    const line = bodyLine + index;
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence)))
      fence = fence === undefined ? marker.slice(0, 3) : undefined;
    const heading = fence === undefined && /^##\s+(.*)$/.exec(text);
    if (heading) sections.push({ heading: heading[1]!.trim(), line, lines: [] });
    else if (sections.length > 0) sections.at(-1)!.lines.push({ text, line });
    else if (text.trim() !== '' && preamble === undefined) preamble = line;
  });
  return { preamble, sections };
}

function readSection(
  section: Section,
  ctx: UpdateContext,
  add: (line: number, message: string, severity?: Problem['severity']) => void,
): IncidentUpdate | undefined {
  const match = headingPattern.exec(section.heading);
  if (!match) {
    add(
      section.line,
      `update heading "## ${section.heading}" needs a status and a time, like "${example(ctx.kind)}"`,
    );
    return undefined;
  }
  const [word, timeText] = [match[1]!, match[2]!];
  const status = statusWithKind(word, ctx.kind, (message) => add(section.line, message));
  const time = parseTime(timeText, ctx.zone);
  if (!time.ok) add(section.line, time.message);
  const filled = section.lines.filter((l) => l.text.trim() !== '');
  if (filled.length === 0) add(section.line, `update "${word} · ${timeText}" has no text`);
  if (!status || !time.ok || filled.length === 0) return undefined;

  const first = filled[0]!.line;
  const markdown = section.lines
    .filter((l) => l.line >= first && l.line <= filled.at(-1)!.line)
    .map((l) => l.text)
    .join('\n');
  for (const finding of findUnsafeMarkdown(markdown))
    add(first + finding.offset, finding.message, finding.severity);
  const { html, text } = renderMarkdown(markdown);
  return {
    id: `${ctx.id}-${time.date.toISOString()}`,
    status,
    at: time.date,
    markdown,
    html,
    text,
    line: section.line,
  };
}

/** The status a heading's word stands for, refusing unknown words and the other kind's words. */
function statusWithKind(
  word: string,
  kind: UpdateContext['kind'],
  fail: (message: string) => void,
) {
  const allowed = wordsFor(kind);
  const status = statusOfWord(word);
  if (!status) {
    fail(
      `unknown status "${word}" in update heading (one of ${allowed.join(', ')})${didYouMean(word, allowed)}`,
    );
    return undefined;
  }
  if (status !== 'update' && isMaintenanceStatus(status) !== (kind === 'maintenance')) {
    const other = kind === 'maintenance' ? 'an incident' : 'a maintenance';
    const fix = kind === 'maintenance' ? '' : ' (or give this file a maintenance window)';
    fail(
      `"${word}" is ${other} status; ${kind === 'maintenance' ? 'a maintenance' : 'an incident'} uses ${allowed.join(', ')}${fix}`,
    );
    return undefined;
  }
  return status;
}

/** Newest first, one update per moment; updates dated after now are warned about. */
function checkOrder(
  updates: IncidentUpdate[],
  ctx: UpdateContext,
  add: (line: number, message: string, severity?: Problem['severity']) => void,
): void {
  updates.forEach((update, i) => {
    const above = updates[i - 1];
    const shown = formatTime(update.at, ctx.zone);
    if (above && update.at.getTime() > above.at.getTime()) {
      add(
        update.line,
        `updates must be newest first: this one (${shown}) is newer than the one above it on line ${above.line}`,
      );
    } else if (above && update.at.getTime() === above.at.getTime()) {
      add(
        update.line,
        `two updates at ${shown} (lines ${above.line} and ${update.line}); give each its own time`,
      );
    }
    // A maintenance is announced before its window, but nothing else is posted ahead of time.
    const announcement = ctx.kind === 'maintenance' && update.status === 'scheduled';
    if (update.at.getTime() > ctx.now.getTime() && !announcement) {
      const now = formatTime(ctx.now, ctx.zone);
      add(
        update.line,
        `update dated in the future: ${shown} is after now (${now} ${ctx.zone}); check the time and its zone`,
        'warning',
      );
    }
  });
}
