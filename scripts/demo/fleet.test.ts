import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeAll } from '../../probes/engine.ts';
import type { ProbeResult } from '../../src/domain/result.ts';
import { parseConfig } from '../../src/lib/config.ts';
import { healthyAnswer, rewriteOrigin, startFleet, type Fleet, type StandIn } from './fleet.ts';

const standIns: StandIn[] = [
  {
    id: 'healthy',
    behaviour: 'healthy',
    url: 'https://a.example/health?key=1',
    expect: { bodyContains: 'ok' },
  },
  {
    id: 'json',
    behaviour: 'healthy',
    url: 'https://a.example/graphql',
    expect: { json: { path: 'data.__typename', equals: 'Query' } },
  },
  { id: 'slow', behaviour: 'slow', url: 'https://a.example/slow' },
  {
    id: 'flapping',
    behaviour: 'flapping',
    url: 'https://a.example/flap',
    expect: { status: [200, 401] },
  },
  { id: 'down', behaviour: 'down', url: 'https://a.example/' },
  { id: 'tls', behaviour: 'tls', url: 'tls://gls.example:443' },
  { id: 'tls-untrusted', behaviour: 'tls', url: 'tls://gls.example:443' },
];

let fleet: Fleet;
let dir: string;

/** One probe round of the real engine against the fleet, without back-off waits. */
async function probeRound(): Promise<Map<string, ProbeResult>> {
  const checks = standIns.map(({ id, expect }) => {
    const url = fleet.urls.get(id)!;
    const extra = id === 'slow' ? ', degradedAfter: 100ms' : id === 'tls' ? ', ca: ca.pem' : '';
    return `  - { id: ${id}, name: ${id}, check: { url: '${url}', expect: ${JSON.stringify(expect ?? {})}${extra} } }`;
  });
  const text = [
    'site: { title: T, url: http://localhost/, timezone: UTC }',
    'components:',
    ...checks,
  ].join('\n');
  const { loaded, problems } = parseConfig(text, 'fleet.yaml');
  expect(problems).toEqual([]);
  const results = await probeAll(loaded!.catalogue.components, {
    concurrency: 8,
    location: 'test',
    configDir: dir,
    sleep: async () => {},
  });
  return new Map(results.map((result) => [result.component, result]));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fleet-'));
  fleet = await startFleet(standIns, { slowMs: 300 });
  await writeFile(join(dir, 'ca.pem'), fleet.caCert);
});
afterAll(async () => {
  await fleet.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the demo fleet against the real probe engine', () => {
  it.each([
    ['healthy', 'operational', undefined],
    ['json', 'operational', undefined],
    ['slow', 'degraded_performance', undefined],
    ['flapping', 'major_outage', 'status'],
    ['down', 'major_outage', 'status'],
    ['tls', 'operational', undefined],
    ['tls-untrusted', 'major_outage', 'tls'],
  ])('%s → %s (%s)', async (id, status, errorKind) => {
    const result = (await probeRound()).get(id)!;
    expect([result.status, result.error?.kind]).toEqual([status, errorKind]);
  });

  it('flaps from one round to the next when advanced', async () => {
    const seen: string[] = [];
    for (let round = 0; round < 3; round++) {
      seen.push((await probeRound()).get('flapping')!.status);
      fleet.advance();
    }
    fleet.advance(); // back to the failing phase for the other tests
    expect(seen).toEqual(['major_outage', 'operational', 'major_outage']);
  });

  it('answers 503 where the component is down', async () => {
    expect((await probeRound()).get('down')!.httpStatus).toBe(503);
  });
});

describe('rewriteOrigin', () => {
  it.each([
    [
      'https://api-eu.dhl.com/parcel/v2/?apikey=${KEY}',
      'http://127.0.0.1:8080/parcel/v2/?apikey=${KEY}',
    ],
    ['https://www.microtech.de', 'http://127.0.0.1:8080/'],
    ['tls://gls1.shipping.example:443', 'tls://127.0.0.1:8080'],
    ['tcp://db.example:5432', 'tcp://127.0.0.1:8080'],
  ])('%s → %s', (url, expected) => expect(rewriteOrigin(url, 8080)).toBe(expected));
});

describe('healthyAnswer', () => {
  it.each([
    [{}, 200, '<!doctype html><title>demo</title><p>ok</p>'],
    [{ status: [401] }, 401, '<!doctype html><title>demo</title><p>ok</p>'],
    [{ json: { path: 'status', equals: 'ok' } }, 200, '{"status":"ok"}'],
    [{ json: { path: 'a.b.0', equals: true } }, 200, '{"a":{"b":{"0":true}}}'],
  ])('%j → %i %s', (expectation, status, body) => {
    const answer = healthyAnswer(expectation);
    expect([answer.status, answer.body]).toEqual([status, body]);
  });
});
