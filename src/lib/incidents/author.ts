import { wallClock } from '../zoned-days.ts';
import { stringify } from 'yaml';
import type { ComponentStatus } from '../../domain/status.ts';
import { slugify } from '../incidents.ts';
import { defaultStatus } from './components.ts';
import { statusOfWord, wordOfStatus } from './status-words.ts';
import { formatTime, parseTime } from './time.ts';

/** What `incident:new` is asked to write. */
export interface NewIncidentOptions {
  title: string;
  /** `none|minor|major|critical`; unchecked here (the check names a wrong one). */
  impact: string | undefined;
  /** Ids, each optionally with a status: `dhl`, `dhl=major_outage`. */
  components: string[];
  /** First update's status word; defaults to Investigating (Scheduled for maintenance). */
  status: string | undefined;
  message: string | undefined;
  /** `START..END`, each `YYYY-MM-DD HH:mm`. */
  maintenance: string | undefined;
  draft: boolean;
  /** When the first update is posted. */
  at: Date;
  /** The page's zone. */
  zone: string;
}

const defaultMessages: Record<string, string> = {
  investigating: 'We are investigating this issue and will post an update soon.',
  scheduled: 'We will carry out maintenance during this window.',
};

/** The file name and text of a new incident; the caller validates the text before writing it. */
export function newIncidentFile(options: NewIncidentOptions): { name: string; text: string } {
  const window = options.maintenance?.split('..').map((part) => part.trim());
  const isMaintenance = window !== undefined;
  const impact = options.impact ?? (isMaintenance ? 'none' : undefined);
  const fallback: ComponentStatus =
    defaultStatus[isMaintenance ? 'maintenance' : (impact as keyof typeof defaultStatus)] ??
    'partial_outage';
  const components: Record<string, string> = {};
  for (const item of options.components) {
    const [id, status] = item.split(/[=:]/).map((part) => part.trim()) as [
      string,
      string | undefined,
    ];
    if (id) components[id] = status || fallback;
  }
  const front: Record<string, unknown> = { title: options.title };
  if (impact !== undefined) front['impact'] = impact;
  if (window) front['maintenance'] = { start: window[0] ?? '', end: window[1] ?? '' };
  if (options.components.length > 0) front['components'] = components;
  if (options.draft) front['draft'] = true;
  const status = options.status ?? (isMaintenance ? 'scheduled' : 'investigating');
  const message =
    options.message ??
    defaultMessages[statusOfWord(status) ?? ''] ??
    'We will post an update soon.';
  const heading = updateHeading(status, options.at, options.zone);
  const text = `---\n${stringify(front, { lineWidth: 0 })}---\n\n${heading}\n\n${message.trim()}\n`;
  const start = window?.[0] === undefined ? undefined : parseTime(window[0], options.zone);
  const day = formatTime(start?.ok ? start.date : options.at, options.zone).slice(0, 10);
  return { name: `${day}-${shorten(slugify(options.title)) || 'incident'}.md`, text };
}

/** The text with a new update on top of the existing ones. */
export function addUpdateText(
  text: string,
  status: string,
  message: string,
  at: Date,
  zone: string,
): string {
  const lines = text.split('\n');
  // The first `## ` heading below the front matter (the closing `---` is the second one).
  let delimiters = 0;
  let index = lines.findIndex((line) => {
    if (/^---\s*$/.test(line)) delimiters++;
    return delimiters >= 2 && /^##\s/.test(line);
  });
  if (index === -1) index = lines.length;
  // Two updates in the same minute would have the same time: the newer one gets its seconds.
  const sameMinute = lines[index]?.trimEnd().endsWith(formatTime(at, zone)) ?? false;
  const section = `${updateHeading(status, at, zone, sameMinute)}\n\n${message.trim()}\n\n`;
  const before = lines.slice(0, index).join('\n').replace(/\n*$/, '\n\n');
  return `${before}${section}${lines.slice(index).join('\n')}`.replace(/\n*$/, '\n');
}

/** `## Monitoring · 2026-11-28 13:40`: the word in its usual spelling when it is known. */
function updateHeading(word: string, at: Date, zone: string, withSeconds = false): string {
  const status = statusOfWord(word);
  const seconds = withSeconds ? `:${wallClock(at.getTime(), zone).second}` : '';
  return `## ${status ? wordOfStatus(status) : word} · ${formatTime(at, zone)}${seconds}`;
}

/** At most 60 characters of slug, cut at a dash. */
function shorten(slug: string): string {
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60);
}
