import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runNotify } from './run.ts';
import type { NotificationState } from './state.ts';
import { closedPort, httpReceiver, smtpReceiver } from './test-servers.ts';
import { incident, samples, testSite } from './test-support.ts';
import type { RecentSample } from './confirm.ts';

const now = new Date('2026-11-28T12:00:00.000Z');
const webhookSecret = 'whsec-test-4f9a';
const slackPath = '/services/T000/B000/XXXXsecretXXXX';
const webhookPath = '/hooks/private-token-77';
const site = testSite([
  incident({
    id: 'dhl-labels',
    updates: [['investigating', '2026-11-28T11:50:00.000Z', 'We see failed label requests.']],
    now: now.toISOString(),
  }),
]);

let dir: string;
let servers: { close(): Promise<void> }[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'notify-'));
  servers = [];
});
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function start() {
  const slack = await httpReceiver();
  const webhook = await httpReceiver();
  const smtp = await smtpReceiver();
  servers.push(slack, webhook, smtp);
  const env = {
    SLACK_WEBHOOK_URL: `${slack.url}${slackPath}`,
    WEBHOOK_URL: `${webhook.url}${webhookPath}`,
    WEBHOOK_SECRET: webhookSecret,
    SMTP_URL: smtp.url,
  };
  return { slack, webhook, smtp, env };
}

async function notify(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runNotify({
    site,
    samples: async () => [],
    statePath: join(dir, 'data/notifications.json'),
    env,
    now,
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  });
  const state = JSON.parse(
    readFileSync(join(dir, 'data/notifications.json'), 'utf8'),
  ) as NotificationState;
  return { code, out, err, state };
}

const eventId = 'dhl-labels:dhl-labels-2026-11-28T11:50:00.000Z:investigating';

describe('runNotify against real servers', () => {
  it('delivers to all three channels once and only once', async () => {
    const { slack, webhook, smtp, env } = await start();
    const first = await notify(env);
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);

    expect(slack.requests.map((r) => r.path)).toEqual([slackPath]);
    expect(JSON.parse(slack.requests[0]!.body)).toEqual({
      text: 'Investigating: Title of dhl-labels',
      blocks: [{ type: 'header', text: { type: 'plain_text', text: 'Title of dhl-labels' } }],
      attachments: [
        {
          color: '#de4f10',
          blocks: [
            {
              type: 'section',
              text: {
                type: 'mrkdwn',
                text: '*Investigating · 28 Nov 2026, 12:50 CET*\nWe see failed label requests.',
              },
            },
            { type: 'section', fields: [{ type: 'mrkdwn', text: 'DHL: Partial Outage' }] },
            {
              type: 'actions',
              elements: [
                {
                  type: 'button',
                  text: { type: 'plain_text', text: 'View incident' },
                  url: 'https://status.example.com/sub/incidents/dhl-labels/',
                },
              ],
            },
          ],
        },
      ],
    });

    const hook = webhook.requests[0]!;
    expect(webhook.requests).toHaveLength(1);
    const expected = createHmac('sha256', webhookSecret).update(hook.body).digest('hex');
    const signature = String(hook.headers['x-status-signature']);
    expect(signature).toBe(`sha256=${expected}`);
    expect(timingSafeEqual(Buffer.from(signature), Buffer.from(`sha256=${expected}`))).toBe(true);
    expect(hook.headers['x-status-timestamp']).toBe(String(now.getTime() / 1000));
    expect(hook.headers['x-status-event']).toBe('incident.published');
    expect(hook.headers['content-type']).toBe('application/json');
    const body = JSON.parse(hook.body);
    expect(body).toMatchObject({
      id: eventId,
      type: 'incident.published',
      sentAt: now.toISOString(),
    });
    expect(body.event.components).toEqual([{ id: 'dhl', name: 'DHL', status: 'partial_outage' }]);

    expect(smtp.mails.map((m) => [m.from, m.to, m.user])).toEqual([
      ['status@example.com', ['ops@example.com', 'team@example.com'], 'notify'],
    ]);
    const raw = smtp.mails[0]!.raw;
    expect(raw).toContain('Subject: Investigating: Title of dhl-labels');
    expect(raw).toContain('Content-Type: text/plain');
    expect(raw).toContain('Content-Type: text/html');
    expect(raw).toContain('https://status.example.com/sub/incidents/dhl-labels/');

    expect(first.state.outbox).toEqual([]);
    const second = await notify(env);
    expect([
      second.code,
      second.err,
      slack.requests.length,
      webhook.requests.length,
      smtp.mails.length,
    ]).toEqual([0, [], 1, 1, 1]);
  });

  describe.each([
    { down: 'slack', delivered: ['email', 'webhook'] },
    { down: 'webhook', delivered: ['email', 'slack'] },
    { down: 'email', delivered: ['slack', 'webhook'] },
  ])('when $down is down', ({ down, delivered }) => {
    it('the others get theirs, the failure is reported, and a rerun sends only to it', async () => {
      const { slack, webhook, smtp, env } = await start();
      const port = await closedPort();
      const broken = {
        ...env,
        ...(down === 'slack' && { SLACK_WEBHOOK_URL: `http://127.0.0.1:${port}${slackPath}` }),
        ...(down === 'webhook' && { WEBHOOK_URL: `http://127.0.0.1:${port}${webhookPath}` }),
        ...(down === 'email' && { SMTP_URL: `smtp://notify:s3cret-pass@127.0.0.1:${port}` }),
      };
      const first = await notify(broken);
      expect(first.code).toBe(1);
      expect(first.err).toHaveLength(1);
      expect(first.err[0]).toMatch(
        new RegExp(`^notify: error: ${down} \\(.*\\): could not send ${eventId}: .*ECONNREFUSED`),
      );
      const logs = [...first.out, ...first.err].join('\n');
      for (const secret of [slackPath, webhookPath, webhookSecret, 's3cret-pass'])
        expect(logs).not.toContain(secret);
      expect(first.state.outbox.map((entry) => entry.delivered)).toEqual([delivered]);
      const counts = () => ({
        slack: slack.requests.length,
        webhook: webhook.requests.length,
        email: smtp.mails.length,
      });
      expect(counts()).toEqual({ slack: 1, webhook: 1, email: 1, [down]: 0 });

      const second = await notify(env);
      expect(second.err).toEqual([]);
      expect(second.code).toBe(0);
      expect(counts()).toEqual({ slack: 1, webhook: 1, email: 1 });
      expect(second.out.filter((line) => line.includes(' sent '))).toHaveLength(1);
      expect(second.state.outbox).toEqual([]);
    });
  });

  it('reports a channel that answers with an error status and a misconfigured one', async () => {
    const failing = await httpReceiver(() => 500);
    servers.push(failing);
    const result = await notify({
      SLACK_WEBHOOK_URL: `${failing.url}${slackPath}`,
      WEBHOOK_URL: 'https://example.com/x',
    });
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      'notify: error: WEBHOOK_URL is set but WEBHOOK_SECRET is not: set it, requests are always signed',
      `notify: error: slack (${failing.url}/…): could not send ${eventId}: 127.0.0.1:${new URL(failing.url).port} answered HTTP 500: internal_error`,
    ]);
    expect(result.state.outbox[0]!.delivered).toEqual([]);
  });
});

describe('runNotify with many probe locations', () => {
  // Six locations, two runs each, all failing now: the change is confirmed only if every location's
  // two newest samples are read, more than a fixed allowance of samples per run gives.
  it.each([2, 6])('confirms a change seen at %i locations', async (locations) => {
    const all: RecentSample[] = Array.from({ length: locations }, (_, i) =>
      samples(now.toISOString(), ['major_outage', 'major_outage'], `loc-${i}`),
    )
      .flat()
      .sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
    const statePath = join(dir, 'data/notifications.json');
    mkdirSync(join(dir, 'data'));
    const seen = { updates: ['dhl-labels-2026-11-28T11:50:00.000Z'], status: 'investigating' };
    const baseline = { 'dhl-labels': seen };
    const state = {
      version: 1,
      incidents: baseline,
      components: { api: 'operational' },
      outbox: [],
    };
    writeFileSync(statePath, JSON.stringify(state));
    const err: string[] = [];
    const code = await runNotify({
      site,
      samples: async (id, count) => (id === 'api' ? all.slice(0, count) : []),
      statePath,
      env: {},
      now,
      log: () => undefined,
      error: (line) => err.push(line),
    });
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const stored = JSON.parse(readFileSync(statePath, 'utf8')) as NotificationState;
    expect(stored.components).toEqual({ api: 'major_outage' });
  });
});
