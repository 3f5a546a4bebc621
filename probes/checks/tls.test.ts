import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../src/domain/result.ts';
import { probeAll } from '../engine.ts';
import { makeCertificates, type KeyPair } from '../test-support/certs.ts';
import { testComponent } from '../test-support/components.ts';
import {
  freePort,
  handlers,
  startHttps,
  startRaw,
  type TestServer,
} from '../test-support/servers.ts';

const now = new Date();
const certs = makeCertificates({ now });
const servers: TestServer[] = [];
const port: Record<string, number> = {};
let configDir = '';

beforeAll(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'probe-tls-'));
  await writeFile(join(configDir, 'test-ca.pem'), certs.ca.cert);
  const pairs: Record<string, KeyPair> = {
    valid: certs.valid,
    soon: certs.expiringSoon,
    expired: certs.expired,
    wrongHost: certs.wrongHost,
    selfSigned: certs.selfSigned,
  };
  for (const [name, pair] of Object.entries(pairs)) {
    const server = await startHttps(pair, handlers.answer(200, 'secure ok'));
    servers.push(server);
    port[name] = server.port;
    const tls = await startTls(pair);
    servers.push(tls);
    port[`tls-${name}`] = tls.port;
  }
  port['closed'] = await freePort();
  const silent = await startRaw(() => undefined);
  servers.push(silent);
  port['silent'] = silent.port;
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await rm(configDir, { recursive: true, force: true });
});

/** A TLS server that completes the handshake and says nothing (like a database port). */
async function startTls(pair: KeyPair): Promise<TestServer> {
  const server = createTlsServer({ cert: pair.cert, key: pair.key }, (socket) =>
    socket.on('error', () => undefined),
  );
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: listening } = server.address() as { port: number };
  return {
    port: listening,
    origin: `tls://127.0.0.1:${listening}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const probe = async (url: string, ca: string | null = 'test-ca.pem'): Promise<ProbeResult> => {
  const check = { url, timeout: 1000, ...(ca ? { ca } : {}) };
  const [result] = await probeAll([testComponent('c', check)], {
    concurrency: 1,
    location: 'test',
    configDir,
    now: () => now,
  });
  return result!;
};

const day = (offset: number) =>
  new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each([
  { scheme: 'https', host: '127.0.0.1', prefix: '' },
  { scheme: 'https', host: 'localhost', prefix: '' },
  { scheme: 'tls', host: '127.0.0.1', prefix: 'tls-' },
])('$scheme://$host', ({ scheme, host, prefix }) => {
  const url = (name: string) =>
    `${scheme}://${host}:${port[prefix + name]}/`.replace(/\/$/, scheme === 'tls' ? '' : '/');

  it.each([
    { name: 'valid', status: 'operational' },
    {
      name: 'soon',
      status: 'operational',
      warning: () => `TLS certificate expires in 4 days (${day(5)})`,
    },
    {
      name: 'expired',
      status: 'major_outage',
      message: () => `TLS: certificate has expired (expired ${day(-2)})`,
    },
    { name: 'selfSigned', status: 'major_outage', message: () => 'TLS: self-signed certificate' },
    {
      name: 'wrongHost',
      status: 'major_outage',
      message: () => `TLS: certificate is not valid for "${host}" (it names "wrong.example")`,
    },
  ])('$name certificate → $status', async ({ name, status, message, warning }) => {
    const result = await probe(url(name));
    expect(result.status).toBe(status);
    expect(result.error?.message).toBe(message?.());
    expect(result.error?.kind).toBe(message ? 'tls' : undefined);
    expect(result.warning).toBe(warning?.());
    if (!message) expect(result.timings?.tls).toBeGreaterThanOrEqual(0);
  });

  it('rejects the test CA when it is not configured as trusted', async () => {
    const result = await probe(url('valid'), null);
    expect(result.error).toEqual({
      kind: 'tls',
      message: 'TLS: certificate is not issued by a trusted authority',
    });
  });
});

describe('tcp://', () => {
  it.each([
    {
      name: 'an open port',
      url: () => `tcp://127.0.0.1:${port['silent']}`,
      status: 'operational',
      error: undefined,
    },
    {
      name: 'a closed port',
      url: () => `tcp://127.0.0.1:${port['closed']}`,
      status: 'major_outage',
      error: { kind: 'refused', message: 'connection refused (nothing listens on the port)' },
    },
    {
      name: 'an unknown host',
      url: () => 'tcp://no-such-host.invalid:5432',
      status: 'major_outage',
      error: { kind: 'dns', message: 'DNS: host name not found: "no-such-host.invalid"' },
    },
    {
      name: 'TLS to a port that never handshakes',
      url: () => `tls://127.0.0.1:${port['silent']}`,
      status: 'major_outage',
      error: { kind: 'timeout', message: 'timeout after 1000 ms waiting for the TLS handshake' },
    },
  ])('$name → $status', async ({ url, status, error }) => {
    const result = await probe(url(), null);
    expect(result.status).toBe(status);
    expect(result.error).toEqual(error);
  });
});

it('names a CA file that cannot be read as a config error', async () => {
  const result = await probe(`https://127.0.0.1:${port['valid']}/`, 'missing.pem');
  expect(result.error).toEqual({
    kind: 'config',
    message: 'cannot read check.ca "missing.pem" (ENOENT)',
  });
});

it('classifies TLS faults as tls also through a shared dispatcher', async () => {
  const dispatcher = new Agent();
  try {
    const results = await probeAll(
      ['expired', 'selfSigned', 'wrongHost'].map((name) =>
        testComponent(name, { url: `https://127.0.0.1:${port[name]}/` }),
      ),
      { concurrency: 3, location: 'test', configDir, dispatcher },
    );
    expect(results.map((r) => [r.component, r.error?.kind])).toEqual([
      ['expired', 'tls'],
      ['selfSigned', 'tls'],
      ['wrongHost', 'tls'],
    ]);
  } finally {
    await dispatcher.close();
  }
});
