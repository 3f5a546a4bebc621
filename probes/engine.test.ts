import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs, probeAll } from './engine.ts';
import { testComponent } from './test-support/components.ts';
import {
  freePort,
  handlers,
  raw,
  startHttp,
  startRaw,
  type TestServer,
} from './test-support/servers.ts';

const servers: TestServer[] = [];
const start = async (server: Promise<TestServer>) => {
  const started = await server;
  servers.push(started);
  return started.origin.replace('tcp:', 'http:');
};
afterAll(() => Promise.all(servers.map((server) => server.close())));
const options = { concurrency: 8, location: 'test', configDir: '.' };

describe('concurrency', () => {
  it('probes 50 targets answering after 300 ms in far less than the sum (15 s)', async () => {
    const origins = await Promise.all(
      Array.from({ length: 50 }, () => start(startHttp(handlers.answer(200, 'ok', 300)))),
    );
    const components = origins.map((origin, i) => testComponent(`c${i}`, { url: `${origin}/` }));
    const began = performance.now();
    const results = await probeAll(components, { ...options, concurrency: 50 });
    const took = performance.now() - began;
    expect(results.map((r) => r.status)).toEqual(Array(50).fill('operational'));
    expect(results.map((r) => r.component)).toEqual(components.map((c) => c.id));
    expect(took).toBeLessThan(3000);
  });

  it('keeps each fault to its own component', async () => {
    const ok = await start(startHttp(handlers.answer(200)));
    const silent = await start(startRaw(raw.silent));
    const garbage = await start(startRaw(raw.garbage));
    const refused = `http://127.0.0.1:${await freePort()}`;
    const results = await probeAll(
      [
        testComponent('silent', { url: `${silent}/`, timeout: 500 }),
        testComponent('ok', { url: `${ok}/` }),
        testComponent('garbage', { url: `${garbage}/` }),
        testComponent('refused', { url: `${refused}/` }),
        { ...testComponent('manual', { url: `${ok}/` }), check: undefined, manual: 'set by hand' },
      ],
      options,
    );
    expect(results.map((r) => [r.component, r.status, r.error?.kind])).toEqual([
      ['silent', 'major_outage', 'timeout'],
      ['ok', 'operational', undefined],
      ['garbage', 'major_outage', 'protocol'],
      ['refused', 'major_outage', 'refused'],
    ]);
  });
});

describe('a 1 GB body', () => {
  const gigabyte = 1024 ** 3;
  let origin = '';
  beforeAll(async () => {
    origin = await start(startHttp(handlers.hugeBody(gigabyte)));
  });

  it.each([
    { name: 'no body condition: not read', expect: {}, status: 'operational', error: undefined },
    {
      name: 'text not found: first MiB read',
      expect: { bodyContains: 'needle' },
      status: 'major_outage',
      error: { kind: 'body', message: 'body does not contain "needle" (in the first 1 MiB)' },
    },
    {
      name: 'JSON: refused unread',
      expect: { json: { path: 'a', equals: 1 } },
      status: 'major_outage',
      error: { kind: 'body', message: 'body is larger than 1 MiB; not read as JSON' },
    },
  ])('$name, memory stays flat', async ({ expect: conditions, status, error }) => {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const began = performance.now();
    const [result] = await probeAll(
      [testComponent('huge', { url: `${origin}/`, expect: conditions, timeout: 5000 })],
      options,
    );
    clearInterval(sampler);
    expect(result?.status).toBe(status);
    expect(result?.error).toEqual(error);
    expect(performance.now() - began).toBeLessThan(3000);
    expect(peak - before).toBeLessThan(100 * 1024 * 1024);
  });
});

describe('retries', () => {
  it('backs off 1 s, 2 s, 4 s, 8 s, 8 s', () => {
    expect([1, 2, 3, 4, 5].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 8000]);
  });

  it.each([
    {
      name: 'passes on the third attempt',
      failures: 2,
      retries: 2,
      status: 'operational',
      attempts: 3,
      sleeps: [1000, 2000],
    },
    {
      name: 'fails after every retry',
      failures: 9,
      retries: 2,
      status: 'major_outage',
      attempts: 3,
      sleeps: [1000, 2000],
    },
    {
      name: 'never retries a pass',
      failures: 0,
      retries: 2,
      status: 'operational',
      attempts: 1,
      sleeps: [],
    },
  ])('$name', async ({ failures, retries, status, attempts, sleeps }) => {
    let calls = 0;
    const origin = await start(
      startHttp((_req, res) => res.writeHead(calls++ < failures ? 500 : 200).end()),
    );
    const slept: number[] = [];
    const sleep = async (ms: number) => void slept.push(ms);
    const [result] = await probeAll([testComponent('flaky', { url: `${origin}/`, retries })], {
      ...options,
      sleep,
    });
    expect([result?.status, result?.attempts, slept]).toEqual([status, attempts, sleeps]);
  });
});

describe('secrets', () => {
  const secret = 's3cr3t-T0KEN/+=';
  it('fills ${NAME} and redacts the value from every field', async () => {
    let seen: unknown[] = [];
    const origin = await start(
      startHttp((req, res) => {
        seen = [req.url, req.headers['authorization']];
        res.writeHead(302, { location: `/again?key=${encodeURIComponent(secret)}` }).end();
      }),
    );
    const [result] = await probeAll(
      [
        testComponent('dhl', {
          url: `${origin}/?key=\${KEY}`,
          headers: { Authorization: 'Bearer ${KEY}' },
          maxRedirects: 0,
          expect: { status: [200] },
        }),
      ],
      { ...options, env: { KEY: secret } },
    );
    expect(seen).toEqual([`/?key=${encodeURIComponent(secret)}`, `Bearer ${secret}`]);
    expect(result?.error).toEqual({ kind: 'status', message: 'HTTP 302 (expected 200)' });
    const loop = await start(
      startHttp((req, res) => res.writeHead(302, { location: req.url ?? '/' }).end()),
    );
    const [looped] = await probeAll([testComponent('dhl', { url: `${loop}/\${KEY}` })], {
      ...options,
      env: { KEY: secret },
    });
    expect(looped?.error?.message).toBe(`redirect loop: ${loop}/\${KEY} → ${loop}/\${KEY}`);
    expect(JSON.stringify(looped)).not.toContain(encodeURIComponent(secret));
  });

  it('reports a missing variable as a config error, without failing the run', async () => {
    const [result] = await probeAll(
      [
        testComponent('dhl', {
          url: 'https://127.0.0.1/',
          headers: { Authorization: 'Bearer ${DHL_TOKEN}' },
          retries: 3,
        }),
      ],
      { ...options, env: {} },
    );
    expect(result).toMatchObject({
      status: 'major_outage',
      attempts: 1,
      latency: null,
      error: {
        kind: 'config',
        message: 'environment variable DHL_TOKEN is not set (used in check.headers.Authorization)',
      },
    });
  });
});
