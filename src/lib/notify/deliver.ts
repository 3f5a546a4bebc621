/**
 * Sends the outbox. Per event and channel: a channel is marked delivered only after it accepted
 * the event, so a failed send stays queued for that channel alone and the next run retries it.
 */
import type { Channel } from './channels.ts';
import type { NotificationState, OutboxEntry } from './state.ts';

/** One delivery attempt's outcome. */
export interface DeliveryReport {
  /** Channel name. */
  channel: string;
  /** Event id. */
  event: string;
  /** `sent`; `failed` with a reason; `skipped` after the channel failed earlier in this run;
   * `expired` when an entry waited longer than a day and was given up. */
  outcome: 'sent' | 'failed' | 'skipped' | 'expired';
  /** Why it failed (redact before printing). */
  reason?: string;
}

/** Entries older than this are given up (reported), so a channel down for good does not grow the file. */
const maxQueueAge = 24 * 60 * 60 * 1000;

/** Delivers every queued event on every channel that does not have it yet; returns the new state. */
export async function deliverOutbox(
  state: NotificationState,
  channels: readonly Channel[],
  now: Date,
): Promise<{ state: NotificationState; reports: DeliveryReport[] }> {
  const reports: DeliveryReport[] = [];
  const down = new Set<string>();
  const outbox: OutboxEntry[] = [];
  for (const entry of state.outbox) {
    const delivered = new Set(entry.delivered);
    for (const channel of channels) {
      if (delivered.has(channel.name)) continue;
      const report = { channel: channel.name, event: entry.event.id };
      if (down.has(channel.name)) {
        reports.push({ ...report, outcome: 'skipped' });
        continue;
      }
      try {
        await channel.send(entry.event);
        delivered.add(channel.name);
        reports.push({ ...report, outcome: 'sent' });
      } catch (error) {
        down.add(channel.name); // one timeout per run and channel, not one per event
        reports.push({ ...report, outcome: 'failed', reason: (error as Error).message });
      }
    }
    const missing = channels.filter((channel) => !delivered.has(channel.name));
    if (missing.length === 0) continue;
    if (now.getTime() - Date.parse(entry.queuedAt) > maxQueueAge) {
      for (const channel of missing)
        reports.push({ channel: channel.name, event: entry.event.id, outcome: 'expired' });
      continue;
    }
    outbox.push({ ...entry, delivered: [...delivered].sort() });
  }
  return { state: { ...state, outbox }, reports };
}
