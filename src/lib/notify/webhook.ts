/**
 * The generic webhook: the event as JSON, signed with HMAC-SHA256 over the raw body so the
 * receiver can check it came from us (the README, "The webhook", has a verification snippet).
 */
import { createHmac } from 'node:crypto';
import type { NotificationEvent } from './state.ts';

/** A request ready to send. */
export interface SignedRequest {
  /** The raw JSON body (sign and verify exactly these bytes). */
  body: string;
  /** `X-Status-Signature`, `X-Status-Timestamp`, `X-Status-Event`, `X-Status-Delivery`. */
  headers: Record<string, string>;
}

/** `sha256=<hex>` of HMAC-SHA256(secret, body). */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** The body and headers for one event; `sentAt` is in the signed body too, against replays. */
export function webhookRequest(
  event: NotificationEvent,
  secret: string,
  sentAt: Date,
): SignedRequest {
  const body = JSON.stringify({
    id: event.id,
    type: event.type,
    sentAt: sentAt.toISOString(),
    event,
  });
  return {
    body,
    headers: {
      'x-status-signature': signBody(body, secret),
      'x-status-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'x-status-event': event.type,
      'x-status-delivery': event.id,
    },
  };
}
