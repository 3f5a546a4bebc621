import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProblemsError } from '../domain/problem.ts';
import { fixtureConfig, fixtureConfigText } from './incidents/fixtures.ts';
import type { ProjectPaths } from './paths.ts';
import { writeSimulatedHistory } from './simulate.ts';
import { defaultNow, loadSiteData } from './site-data.ts';

const now = new Date('2026-11-28T12:00:00Z');
let root: string;
let paths: ProjectPaths;

const incident = (impact: string, draft = false) => `---
title: DHL labels fail
impact: ${impact}
components:
  dhl: partial_outage
${draft ? 'draft: true\n' : ''}---
## Investigating · 2026-11-28 12:30
We see failed label requests.
`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'site-data-'));
  paths = {
    config: join(root, 'status.config.yaml'),
    data: join(root, 'data'),
    incidents: join(root, 'incidents'),
  };
  await writeFile(paths.config, fixtureConfigText);
  await mkdir(paths.incidents);
  await writeFile(join(paths.incidents, '2026-11-28-dhl.md'), incident('major'));
  await writeFile(join(paths.incidents, '2026-11-28-draft.md'), incident('minor', true));
  await writeSimulatedHistory(paths.data, fixtureConfig().catalogue, {
    days: 90,
    now,
    timezone: 'Europe/Berlin',
    seed: 1,
  });
  await writeFile(join(paths.data, 'raw/2026-11-28.jsonl'), '{"broken\n', { flag: 'a' });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadSiteData', () => {
  it('computes everything once per process and moment', async () => {
    const lines = (await readFile(join(paths.data, 'raw/2026-11-28.jsonl'), 'utf8'))
      .trim()
      .split('\n').length;
    const data = await loadSiteData({ paths, now });
    expect(await loadSiteData({ paths, now })).toBe(data);
    expect(data.incidents.map((i) => [i.id, i.facts.active])).toEqual([['2026-11-28-dhl', true]]);
    expect(data.states.get('dhl')).toMatchObject({
      status: 'partial_outage',
      reason: 'DHL labels fail',
    });
    expect(data.states.get('shipping')!.status).toBe('partial_outage');
    expect(data.indicator).toBe('major');
    expect(data.states.get('dhl')!.days).toHaveLength(90);
    expect(data.history.get('dhl')!.slice(-90)).toEqual(data.states.get('dhl')!.days);
    expect(data.latency.get('dhl')!.map((s) => s.period)).toEqual(['day', 'week', 'month']);
    // The damaged (last) line is a warning naming the file and line; the rest still loads.
    expect(
      data.problems.map((p) => [p.file.endsWith('raw/2026-11-28.jsonl'), p.line, p.severity]),
    ).toEqual([[true, lines, 'warning']]);
    expect(data.states.get('ups')!.uptime90).not.toBeNull();
  });

  it('fails on an incident error', async () => {
    await writeFile(join(paths.incidents, '2026-11-28-bad.md'), incident('huge'));
    await expect(loadSiteData({ paths, now: new Date('2026-11-28T12:01:00Z') })).rejects.toThrow(
      ProblemsError,
    );
    await rm(join(paths.incidents, '2026-11-28-bad.md'));
  });

  it.each([
    [{ STATUS_NOW: '2026-11-28T12:00:00Z' }, '2026-11-28T12:00:00.000Z'],
    [{ STATUS_NOW: '2026-11-28T13:00:00+01:00' }, '2026-11-28T12:00:00.000Z'],
  ])('takes the moment from STATUS_NOW: %o', (env, iso) => {
    expect(defaultNow(env).toISOString()).toBe(iso);
  });

  it('rejects a STATUS_NOW that is not a time', () => {
    expect(() => defaultNow({ STATUS_NOW: 'tomorrow' })).toThrow(
      'STATUS_NOW: not an ISO time: "tomorrow"',
    );
  });
});
