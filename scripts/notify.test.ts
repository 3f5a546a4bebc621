import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../src/domain/result.ts';
import type { ProbeStatus } from '../src/domain/status.ts';
import { httpReceiver } from '../src/lib/notify/test-servers.ts';
import { appendResults } from '../src/lib/store.ts';

const run = promisify(execFile);
const node = resolve('node_modules/.bin/node'); // Node 22 runs the TypeScript entry directly

const config = `
site: { title: Test Status, url: 'https://status.example.com/', timezone: UTC }
notifications: { confirmRuns: 2 }
components:
  - { id: api, name: API, check: { url: 'https://api.example.com/' } }
  - { id: dpd, name: DPD, manual: Set by hand. }
`;
const incident = `---
title: API errors
impact: minor
components:
  api: degraded_performance
---

## Investigating · 2026-11-28 11:55

Some requests fail.
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'notify-cli-'));
  mkdirSync(join(dir, 'incidents'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'status.config.yaml'), config);
  writeFileSync(join(dir, 'incidents', '2026-11-28-api-errors.md'), incident);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function probe(time: string, status: ProbeStatus): Promise<void> {
  const result: ProbeResult = {
    component: 'api',
    time,
    status,
    latency: 20,
    attempts: 1,
    location: 'default',
  };
  await appendResults(join(dir, 'data'), [result]);
}

async function notify(now: string, env: Record<string, string>) {
  const result = await run(node, ['scripts/notify.ts'], {
    env: {
      PATH: process.env['PATH'],
      STATUS_CONFIG: join(dir, 'status.config.yaml'),
      STATUS_DATA_DIR: join(dir, 'data'),
      STATUS_INCIDENTS_DIR: join(dir, 'incidents'),
      STATUS_NOW: now,
      ...env,
    },
  }).catch((error: { code: number; stdout: string; stderr: string }) => error);
  return { code: 'code' in result ? result.code : 0, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run notify (scripts/notify.ts)', () => {
  it('announces the open incident, then a confirmed probe change, each once', async () => {
    const hook = await httpReceiver();
    try {
      const env = { WEBHOOK_URL: `${hook.url}/in`, WEBHOOK_SECRET: 'secret-1' };
      const types = () => hook.requests.map((r) => JSON.parse(r.body).type as string);
      await probe('2026-11-28T11:50:00.000Z', 'operational');
      await probe('2026-11-28T11:55:00.000Z', 'operational');

      const first = await notify('2026-11-28T12:00:00.000Z', env);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toContain(
        'first run: recorded a baseline of 1 incidents, 1 component statuses',
      );
      expect(types()).toEqual(['incident.published']);

      await probe('2026-11-28T12:00:00.000Z', 'major_outage');
      expect((await notify('2026-11-28T12:02:00.000Z', env)).code).toBe(0);
      expect(types()).toEqual(['incident.published']); // one failing run: not confirmed yet

      await probe('2026-11-28T12:05:00.000Z', 'major_outage');
      expect((await notify('2026-11-28T12:07:00.000Z', env)).code).toBe(0);
      expect((await notify('2026-11-28T12:08:00.000Z', env)).code).toBe(0);
      expect(types()).toEqual(['incident.published', 'component.status_changed']);
      expect(JSON.parse(hook.requests[1]!.body).event.components).toEqual([
        { id: 'api', name: 'API', status: 'major_outage', from: 'operational' },
      ]);
      const state = JSON.parse(readFileSync(join(dir, 'data', 'notifications.json'), 'utf8'));
      expect([state.components, state.outbox]).toEqual([{ api: 'major_outage' }, []]);
    } finally {
      await hook.close();
    }
  });
});
