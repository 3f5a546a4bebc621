import { describe, expect, it } from 'vitest';
import { channelsFromEnv } from './channels.ts';
import { describeUrl, redactor } from './redact.ts';
import { signBody, webhookRequest } from './webhook.ts';
import { testSite } from './test-support.ts';

const { config } = testSite();

describe('channelsFromEnv', () => {
  it.each([
    { env: {}, channels: [], problems: [] },
    {
      env: {
        SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/x',
        WEBHOOK_URL: 'https://h.example/x',
        WEBHOOK_SECRET: 's',
        SMTP_URL: 'smtp://u:p@mail.example.com:587',
      },
      channels: [
        'slack https://hooks.slack.com/…',
        'webhook https://h.example/…',
        'email smtp://mail.example.com:587 → ops@example.com, team@example.com',
      ],
      problems: [],
    },
    {
      env: { WEBHOOK_URL: 'https://h.example/x' },
      channels: [],
      problems: [
        'WEBHOOK_URL is set but WEBHOOK_SECRET is not: set it, requests are always signed',
      ],
    },
    {
      env: { SLACK_WEBHOOK_URL: 'hooks.slack.com/x' },
      channels: [],
      problems: ['SLACK_WEBHOOK_URL is not an http(s) URL'],
    },
    {
      env: { SMTP_URL: 'http://mail' },
      channels: [],
      problems: ['SMTP_URL is not an smtp:// or smtps:// URL'],
    },
  ])('$env', ({ env, channels, problems }) => {
    const result = channelsFromEnv(env, config);
    expect(result.channels.map((c) => `${c.name} ${c.target}`)).toEqual(channels);
    expect(result.problems).toEqual(problems);
  });

  it('wants notifications.email for SMTP_URL', () => {
    const bare = { ...config, notifications: { confirmRuns: 2 } };
    expect(channelsFromEnv({ SMTP_URL: 'smtp://mail:25' }, bare).problems).toEqual([
      'SMTP_URL is set but notifications.email (from, to) is missing in the config',
    ]);
  });
});

describe('redactor', () => {
  const redact = redactor([
    'https://hooks.slack.com/services/T1/B2/abcdef',
    'smtp://user:p%40ss@mail:587',
    'whsec-123',
  ]);
  it.each([
    ['POST https://hooks.slack.com/services/T1/B2/abcdef failed', 'POST *** failed'],
    ['GET https://hooks.slack.com/services/T1/B2/abcdef?x=1', 'GET ***?x=1'],
    ['/services/T1/B2/abcdef', '***'],
    ['login p@ss for user', 'login *** for ***'],
    ['key whsec-123', 'key ***'],
    ['smtp://other:pw@host', 'smtp://***@host'],
  ])('%s → %s', (text, want) => {
    expect(redact(text)).toBe(want);
  });

  it('shows only scheme and host of a URL', () => {
    expect(describeUrl('https://hooks.slack.com/services/T1/B2/abcdef')).toBe(
      'https://hooks.slack.com/…',
    );
  });
});

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of the raw body', () => {
    // Reference value: printf '{"a":1}' | openssl dgst -sha256 -hmac key
    expect(signBody('{"a":1}', 'key')).toBe(
      'sha256=88a67f24bbcdaed0e6c997404bb79a743baf44c6bab2f4c27328e3009d22e342',
    );
  });

  it('puts the send time in the signed body and the headers', () => {
    const event = testEvent();
    const request = webhookRequest(event, 'key', new Date('2026-11-28T12:00:00.000Z'));
    expect(JSON.parse(request.body)).toEqual({
      id: 'e1',
      type: 'incident.published',
      sentAt: '2026-11-28T12:00:00.000Z',
      event,
    });
    expect(request.headers).toEqual({
      'x-status-signature': signBody(request.body, 'key'),
      'x-status-timestamp': '1795867200',
      'x-status-event': 'incident.published',
      'x-status-delivery': 'e1',
    });
  });
});

function testEvent() {
  return {
    id: 'e1',
    type: 'incident.published',
    title: 'T',
    text: 'x',
    time: '2026-11-28T12:00:00.000Z',
    components: [],
    url: 'https://status.example.com/',
  };
}
