import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../domain/catalogue.ts';
import { StatusConfig } from '../domain/config.ts';
import { buildAggregates } from './aggregate.ts';
import { writeSimulatedHistory } from './simulate.ts';
import { readStore } from './site-data.ts';
import { checkData } from './store.ts';

const catalogue = buildCatalogue(
  StatusConfig.parse({
    site: { title: 'T', url: 'https://s.example/', timezone: 'Europe/Berlin' },
    notifications: {},
    components: [
      { id: 'api', name: 'API', check: { url: 'https://a.example/' } },
      { id: 'dpd', name: 'DPD', manual: 'By hand.' },
    ],
  }),
);
const now = new Date('2026-11-28T12:00:00Z');
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'simulate-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    if (name.endsWith('.jsonl') || name.endsWith('.json'))
      out.set(name, await readFile(join(dir, name), 'utf8'));
  }
  return out;
}

describe('writeSimulatedHistory', () => {
  const outage = {
    component: 'api',
    from: new Date('2026-11-10T09:00:00Z'),
    to: new Date('2026-11-10T09:40:00Z'),
    status: 'major_outage' as const,
  };
  const options = { days: 90, now, timezone: 'Europe/Berlin', seed: 3, incidents: [outage] };

  it('writes the real layout, readable without a problem, the same for the same seed', async () => {
    await writeSimulatedHistory(join(root, 'a'), catalogue, options);
    await writeSimulatedHistory(join(root, 'b'), catalogue, options);
    await writeSimulatedHistory(join(root, 'c'), catalogue, { ...options, seed: 4 });
    const a = await snapshot(join(root, 'a'));
    expect([...a.keys()]).toEqual([
      'hourly/api/2026-10.jsonl',
      'hourly/api/2026-11.jsonl',
      'raw/2026-11-26.jsonl',
      'raw/2026-11-27.jsonl',
      'raw/2026-11-28.jsonl',
      'schema.json',
      'timeline/api/2026.jsonl',
    ]);
    expect(await snapshot(join(root, 'b'))).toEqual(a);
    expect(await snapshot(join(root, 'c'))).not.toEqual(a);
    expect(await checkData(join(root, 'a'), catalogue)).toEqual([]);
  });

  it('contains the requested outage exactly, and is mostly healthy', async () => {
    const { data } = await readStore(join(root, 'a'), catalogue);
    const { history, states } = buildAggregates({
      catalogue,
      data,
      incidents: [],
      now,
      timezone: 'Europe/Berlin',
    });
    const day = history.get('api')!.find((d) => d.date === '2026-11-10')!;
    // Runs start up to 3 minutes late, so the outage measured is 40 min ± one interval.
    expect(day.seconds.major).toBeGreaterThanOrEqual(35 * 60);
    expect(day.seconds.major).toBeLessThanOrEqual(45 * 60);
    const days = states.get('api')!.days;
    expect(days.filter((d) => d.kind === 'ok').length).toBeGreaterThan(70);
    expect(Number(states.get('api')!.uptime90)).toBeGreaterThan(99.5);
  });
});
