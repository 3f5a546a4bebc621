import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedCheck } from '../../src/domain/catalogue.ts';
import type { ProbeResult } from '../../src/domain/result.ts';
import { probeAll } from '../engine.ts';
import { testComponent } from '../test-support/components.ts';
import {
  handlers,
  raw,
  startHttp,
  startRaw,
  freePort,
  type TestServer,
} from '../test-support/servers.ts';

const servers: TestServer[] = [];
const at: Record<string, string> = {};

beforeAll(async () => {
  const add = async (name: string, server: Promise<TestServer>) => {
    const started = await server;
    servers.push(started);
    at[name] = started.origin;
  };
  await add('ok', startHttp(handlers.answer(200, '{"data":{"status":"ok","items":[{"n":1}]}}')));
  await add('down', startHttp(handlers.answer(503, 'maintenance')));
  await add('notFound', startHttp(handlers.answer(404, 'nope')));
  await add('slow', startHttp(handlers.answer(200, 'ok', 300)));
  await add(
    'loop',
    startHttp((req, res) => res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end()),
  );
  await add(
    'chain',
    startHttp((req, res) => {
      const n = Number(req.url?.slice(1) || 0);
      if (n < 3) res.writeHead(301, { location: `/${n + 1}` }).end();
      else res.writeHead(200).end(`arrived at ${n}`);
    }),
  );
  // Redirects whose Location carries a token (a session, an echoed API key): never in a message.
  await add(
    'tokens',
    startHttp((req, res) => {
      const to: Record<string, string> = {
        '/loop': '/loop2?session=s3cr3t-a',
        '/loop2?session=s3cr3t-a': '/loop?key=s3cr3t-b#frag',
        '/ftp': 'ftp://user:s3cr3t-c@files.example/x?sig=s3cr3t-d',
      };
      const n = Number(req.url?.match(/^\/n(\d)/)?.[1] ?? -1);
      const location = n >= 0 ? `/n${n + 1}?sig=s3cr3t-e` : (to[req.url ?? ''] ?? '/loop');
      res.writeHead(302, { location }).end();
    }),
  );
  await add('silent', startRaw(raw.silent));
  await add('stall', startRaw(raw.stallBody));
  await add('garbage', startRaw(raw.garbage));
  await add('reset', startRaw(raw.resetMidBody));
  at['refused'] = `http://127.0.0.1:${await freePort()}`;
});
afterAll(() => Promise.all(servers.map((server) => server.close())));

const probe = async (check: Partial<ResolvedCheck> & { url: string }): Promise<ProbeResult> => {
  const [result] = await probeAll([testComponent('c', check)], {
    concurrency: 1,
    location: 'test',
    configDir: '.',
  });
  return result!;
};
const http = (server: string, path = '/') => `${at[server]!.replace('tcp:', 'http:')}${path}`;

describe.each<{
  name: string;
  check: () => Partial<ResolvedCheck> & { url: string };
  status: ProbeResult['status'];
  kind?: string;
  message?: string | RegExp | (() => string);
  httpStatus?: number;
}>([
  {
    name: 'a 200 answer',
    check: () => ({ url: http('ok') }),
    status: 'operational',
    httpStatus: 200,
  },
  {
    name: 'connection refused',
    check: () => ({ url: `${at['refused']}/` }),
    status: 'major_outage',
    kind: 'refused',
    message: 'connection refused (nothing listens on the port)',
  },
  {
    name: 'DNS failure',
    check: () => ({ url: 'http://no-such-host.invalid/' }),
    status: 'major_outage',
    kind: 'dns',
    message: 'DNS: host name not found: "no-such-host.invalid"',
  },
  {
    name: 'accepts, never answers',
    check: () => ({ url: http('silent'), timeout: 300 }),
    status: 'major_outage',
    kind: 'timeout',
    message: 'timeout after 300 ms waiting for response headers',
  },
  {
    name: 'TLS handshake never completes',
    check: () => ({ url: http('silent').replace('http:', 'https:'), timeout: 300 }),
    status: 'major_outage',
    kind: 'timeout',
    message: 'timeout after 300 ms waiting for the connection',
  },
  {
    name: 'headers, then a stalled body',
    check: () => ({ url: http('stall'), timeout: 300, expect: { bodyContains: 'body' } }),
    status: 'major_outage',
    kind: 'timeout',
    message: 'timeout after 300 ms reading the body',
  },
  {
    name: 'stalled body, no body condition (body not read)',
    check: () => ({ url: http('stall'), timeout: 300 }),
    status: 'operational',
    httpStatus: 200,
  },
  {
    name: '5xx',
    check: () => ({ url: http('down') }),
    status: 'major_outage',
    kind: 'status',
    message: 'HTTP 503 (expected 200–399)',
    httpStatus: 503,
  },
  {
    name: 'unexpected status',
    check: () => ({ url: http('notFound'), expect: { status: [200, 401] } }),
    status: 'major_outage',
    kind: 'status',
    message: 'HTTP 404 (expected 200, 401)',
  },
  {
    name: 'a listed status',
    check: () => ({ url: http('notFound'), expect: { status: [404] } }),
    status: 'operational',
    httpStatus: 404,
  },
  {
    name: 'redirect loop',
    check: () => ({ url: http('loop', '/a') }),
    status: 'major_outage',
    kind: 'redirect',
    message: () =>
      `redirect loop: ${http('loop', '/a')} → ${http('loop', '/b')} → ${http('loop', '/a')}`,
  },
  {
    name: 'redirect loop with tokens in Location',
    check: () => ({ url: http('tokens', '/loop') }),
    status: 'major_outage',
    kind: 'redirect',
    message: () =>
      `redirect loop: ${http('tokens', '/loop')} → ${http('tokens', '/loop2?…')} → ${http('tokens', '/loop?…')} → ${http('tokens', '/loop')}`,
  },
  {
    name: 'too many redirects with a token in Location',
    check: () => ({ url: http('tokens', '/n0'), maxRedirects: 1 }),
    status: 'major_outage',
    kind: 'redirect',
    message: () => `more than 1 redirects (next: ${http('tokens', '/n2?…')})`,
  },
  {
    name: 'redirect to ftp with credentials',
    check: () => ({ url: http('tokens', '/ftp') }),
    status: 'major_outage',
    kind: 'redirect',
    message: 'redirect to an unsupported URL: ftp://files.example?…',
  },
  {
    name: 'redirects followed',
    check: () => ({ url: http('chain', '/0'), expect: { bodyContains: 'arrived at 3' } }),
    status: 'operational',
    httpStatus: 200,
  },
  {
    name: 'too many redirects',
    check: () => ({ url: http('chain', '/0'), maxRedirects: 2 }),
    status: 'major_outage',
    kind: 'redirect',
    message: () => `more than 2 redirects (next: ${http('chain', '/3')})`,
  },
  {
    name: 'redirects not followed',
    check: () => ({ url: http('chain', '/0'), maxRedirects: 0 }),
    status: 'operational',
    httpStatus: 301,
  },
  {
    name: 'malformed HTTP',
    check: () => ({ url: http('garbage') }),
    status: 'major_outage',
    kind: 'protocol',
    message: /^malformed HTTP response/,
  },
  {
    name: 'reset mid-body',
    check: () => ({ url: http('reset'), expect: { bodyContains: 'never there' } }),
    status: 'major_outage',
    kind: 'reset',
  },
  {
    name: 'body condition not met',
    check: () => ({ url: http('down'), expect: { status: [503], bodyContains: 'healthy' } }),
    status: 'major_outage',
    kind: 'body',
    message: 'body does not contain "healthy"',
  },
  {
    name: 'body must not contain',
    check: () => ({ url: http('down'), expect: { status: [503], bodyNotContains: 'maint' } }),
    status: 'major_outage',
    kind: 'body',
    message: 'body contains "maint"',
  },
  {
    name: 'body regex',
    check: () => ({ url: http('ok'), expect: { bodyMatches: '"status":\\s*"ok"' } }),
    status: 'operational',
  },
  {
    name: 'json path met',
    check: () => ({ url: http('ok'), expect: { json: { path: 'data.items.0.n', equals: 1 } } }),
    status: 'operational',
  },
  {
    name: 'json path not met',
    check: () => ({ url: http('ok'), expect: { json: { path: 'data.status', equals: 'up' } } }),
    status: 'major_outage',
    kind: 'body',
    message: 'JSON "data.status" is "ok" (expected "up")',
  },
  {
    name: 'json path missing',
    check: () => ({ url: http('ok'), expect: { json: { path: 'data.nope', equals: true } } }),
    status: 'major_outage',
    kind: 'body',
    message: 'JSON has no value at "data.nope"',
  },
  {
    name: 'body not JSON',
    check: () => ({ url: http('down'), expect: { status: [503], json: { path: 'a', equals: 1 } } }),
    status: 'major_outage',
    kind: 'body',
    message: 'body is not JSON',
  },
  {
    name: 'slower than degradedAfter',
    check: () => ({ url: http('slow'), degradedAfter: 100 }),
    status: 'degraded_performance',
    httpStatus: 200,
  },
])('$name', ({ check, status, kind, message, httpStatus }) => {
  it(`is ${status}${kind ? ` (${kind})` : ''}`, async () => {
    const result = await probe(check());
    expect(result.status).toBe(status);
    expect(result.error?.kind).toBe(kind);
    if (message instanceof RegExp) expect(result.error?.message).toMatch(message);
    else if (message !== undefined) {
      expect(result.error?.message).toBe(typeof message === 'function' ? message() : message);
    }
    if (httpStatus !== undefined) expect(result.httpStatus).toBe(httpStatus);
    expect(result.attempts).toBe(1);
  });
});
