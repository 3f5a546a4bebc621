/**
 * What the notifier remembers in `data/notifications.json`: what it has seen (so a rerun sends
 * nothing twice) and the outbox of events not yet delivered on every channel (so a failed send is
 * retried next run). Written atomically with sorted keys, so an unchanged state is an unchanged file.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { z } from 'zod';
import { ProblemsError } from '../../domain/problem.ts';
import { ComponentStatus, IncidentImpact, ProbeStatus } from '../../domain/status.ts';

/** A component named in an event, with its status (and the one before, for probe changes). */
export const EventComponent = z.strictObject({
  /** Component id. */
  id: z.string(),
  /** Its name on the page. */
  name: z.string(),
  /** Its status now. */
  status: ComponentStatus,
  /** Its confirmed status before (probe changes only). */
  from: ComponentStatus.optional(),
});
export type EventComponent = z.infer<typeof EventComponent>;

/** Something worth telling subscribers, rendered once and kept until every channel has it. */
export const NotificationEvent = z.strictObject({
  /** Stable id: the same happening always has the same id (receivers can deduplicate by it). */
  id: z.string(),
  /** `incident.published`, `incident.updated`, `incident.resolved`, `maintenance.scheduled`,
   * `maintenance.started`, `maintenance.updated`, `maintenance.completed`, `component.status_changed`. */
  type: z.string().regex(/^(incident|maintenance|component)\.[a-z_]+$/),
  /** The incident's title, or "DHL is major outage"-style headline for probe changes. */
  title: z.string(),
  /** The incident's or maintenance's status word (`investigating`, `in_progress`, …); absent for probes. */
  status: z.string().optional(),
  /** The incident's impact; absent for probe changes. */
  impact: IncidentImpact.optional(),
  /** The newest update's plain text, or a sentence about the change. */
  text: z.string(),
  /** When it happened (ISO 8601, UTC). */
  time: z.iso.datetime(),
  /** The maintenance window, for maintenance. */
  window: z.strictObject({ start: z.iso.datetime(), end: z.iso.datetime() }).optional(),
  /** Affected components. */
  components: z.array(EventComponent),
  /** Absolute link to the incident page (or the home page for probe changes). */
  url: z.url(),
  /** The incident's id; absent for probe changes. */
  incidentId: z.string().optional(),
});
export type NotificationEvent = z.infer<typeof NotificationEvent>;

/** An event waiting for some channels. */
export const OutboxEntry = z.strictObject({
  /** The event as it will be sent. */
  event: NotificationEvent,
  /** When it was queued (ISO); entries are given up after a day. */
  queuedAt: z.iso.datetime(),
  /** Channels that confirmed delivery (`slack`, `webhook`, `email`). */
  delivered: z.array(z.string()),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

/** `data/notifications.json`. */
export const NotificationState = z.strictObject({
  /** Layout version. */
  version: z.literal(1),
  /** Per incident id: the update ids already seen and the status last announced. */
  incidents: z.record(
    z.string(),
    z.strictObject({ updates: z.array(z.string()), status: z.string() }),
  ),
  /** Per probed component id: the last confirmed probe status. */
  components: z.record(z.string(), ProbeStatus),
  /** Events not yet delivered on every channel, oldest first. */
  outbox: z.array(OutboxEntry),
});
export type NotificationState = z.infer<typeof NotificationState>;

/** Reads the state; undefined when the file does not exist yet (the first run). */
export async function readNotificationState(path: string): Promise<NotificationState | undefined> {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw damaged(file, `not JSON (${(error as Error).message})`);
  }
  const result = NotificationState.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw damaged(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return result.data;
}

/** Writes the state atomically (temp file + rename) as stable JSON. */
export async function writeNotificationState(
  path: string,
  state: NotificationState,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, stableJson(state));
  await rename(temp, path);
}

/** JSON with object keys sorted at every level, two-space indented, with a final newline. */
export function stableJson(value: unknown): string {
  const sort = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sort);
    if (item === null || typeof item !== 'object') return item;
    const entries = Object.entries(item).filter(([, v]) => v !== undefined);
    return Object.fromEntries(
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sort(v)]),
    );
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

function damaged(file: string, message: string): ProblemsError {
  return new ProblemsError([
    {
      file,
      line: 0,
      message: `damaged notification state: ${message}. Nothing was sent; fix or delete the file (deleting it records a new baseline without sending)`,
      severity: 'error',
    },
  ]);
}
