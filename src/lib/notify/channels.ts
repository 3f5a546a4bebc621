/** The channels configured by secrets in the environment (never by the config file). */
import type { StatusConfig } from '../../domain/config.ts';
import { emailContent, sendEmail } from './email.ts';
import { postJson } from './http.ts';
import { renderMessage } from './message.ts';
import { describeUrl } from './redact.ts';
import { slackPayload } from './slack.ts';
import type { NotificationEvent } from './state.ts';
import { webhookRequest } from './webhook.ts';

/** A way to tell people. */
export interface Channel {
  /** `slack`, `webhook` or `email`: the key in the outbox's `delivered` lists. */
  name: string;
  /** Where it sends, safe to print (`https://hooks.slack.com/…`, `smtp://mail.example.com:587`). */
  target: string;
  /** Delivers one event; throws when it was not accepted. */
  send(event: NotificationEvent): Promise<void>;
}

/** The environment variables that hold secrets (their values are redacted from every message). */
export const secretVariables = [
  'SLACK_WEBHOOK_URL',
  'WEBHOOK_URL',
  'WEBHOOK_SECRET',
  'SMTP_URL',
] as const;

/** The configured channels, and what is wrong with the configuration of others. */
export function channelsFromEnv(
  env: NodeJS.ProcessEnv,
  config: StatusConfig,
  clock: () => Date = () => new Date(),
): { channels: Channel[]; problems: string[] } {
  const channels: Channel[] = [];
  const problems: string[] = [];
  const render = (event: NotificationEvent) =>
    renderMessage(event, config.site.language, config.site.timezone);
  const {
    SLACK_WEBHOOK_URL: slack,
    WEBHOOK_URL: webhook,
    WEBHOOK_SECRET: secret,
    SMTP_URL: smtp,
  } = env;

  if (slack) {
    if (!isUrl(slack, ['https:', 'http:']))
      problems.push('SLACK_WEBHOOK_URL is not an http(s) URL');
    else
      channels.push({
        name: 'slack',
        target: describeUrl(slack),
        send: (event) => postJson(slack, JSON.stringify(slackPayload(render(event)))),
      });
  }
  if (webhook) {
    if (!isUrl(webhook, ['https:', 'http:'])) problems.push('WEBHOOK_URL is not an http(s) URL');
    else if (!secret)
      problems.push(
        'WEBHOOK_URL is set but WEBHOOK_SECRET is not: set it, requests are always signed',
      );
    else
      channels.push({
        name: 'webhook',
        target: describeUrl(webhook),
        send: (event) => {
          const request = webhookRequest(event, secret, clock());
          return postJson(webhook, request.body, request.headers);
        },
      });
  }
  if (smtp) {
    const email = config.notifications.email;
    if (!isUrl(smtp, ['smtp:', 'smtps:']))
      problems.push('SMTP_URL is not an smtp:// or smtps:// URL');
    else if (!email)
      problems.push('SMTP_URL is set but notifications.email (from, to) is missing in the config');
    else {
      const url = new URL(smtp);
      channels.push({
        name: 'email',
        target: `${url.protocol}//${url.host} → ${email.to.join(', ')}`,
        send: (event) =>
          sendEmail(smtp, email, emailContent(render(event)), {
            'X-Status-Event': event.type,
            'X-Status-Delivery': event.id,
          }),
      });
    }
  }
  return { channels, problems };
}

function isUrl(value: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
