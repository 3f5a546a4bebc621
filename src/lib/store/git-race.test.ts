/**
 * Two probe runs race on real git repositories: both append to the same day's file (and both
 * start a new day's file), one pushes, the other rebases onto it. The union merge from
 * `.gitattributes` must resolve it without a conflict and without losing a sample.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../domain/result.ts';
import { appendResults, compact, readComponentData } from '../store.ts';

let root: string;
const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    [
      '-c',
      'user.name=probe',
      '-c',
      'user.email=probe@example.com',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

const results = (location: string, times: string[]): ProbeResult[] =>
  times.map((time) => ({
    component: 'dhl',
    time,
    status: 'operational',
    latency: 100,
    attempts: 1,
    location,
  }));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'race-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('racing probe runs on git', () => {
  /** Sets up a remote with one run, then lets two clones race; returns B's path, rebase pending. */
  async function race(
    name: string,
    keepAttributes: boolean,
  ): Promise<{ b: string; rebase: () => string }> {
    const base = join(root, name);
    const remote = join(base, 'remote.git');
    git(root, 'init', '--bare', remote);
    const seed = join(base, 'seed');
    git(root, 'clone', remote, seed);
    await appendResults(
      join(seed, 'data'),
      results('eu', ['2026-11-24T10:00:00.000Z', '2026-11-28T10:00:00.000Z']),
      {
        now: new Date('2026-11-28T10:01:00Z'),
      },
    );
    if (!keepAttributes) await rm(join(seed, 'data/.gitattributes'));
    git(seed, 'add', '-A');
    git(seed, 'commit', '-m', 'first run');
    git(seed, 'push', 'origin', 'HEAD:main');

    const a = join(base, 'a');
    const b = join(base, 'b');
    git(root, 'clone', remote, a);
    git(root, 'clone', remote, b);
    const now = new Date('2026-11-29T00:06:00Z');
    // A: a run in Europe appends to today's file and starts tomorrow's; it also compacts the old day.
    await appendResults(
      join(a, 'data'),
      results('eu', ['2026-11-28T10:05:00.000Z', '2026-11-29T00:05:00.000Z']),
      { now },
    );
    // B: a run elsewhere, at the same time, touching the same files.
    await appendResults(
      join(b, 'data'),
      results('us', ['2026-11-28T10:05:00.000Z', '2026-11-29T00:05:00.000Z']),
      { now },
    );
    await compact(join(b, 'data'), now, 'Europe/Berlin');
    for (const clone of [a, b]) {
      if (!keepAttributes) await rm(join(clone, 'data/.gitattributes'), { force: true });
      git(clone, 'add', '-A');
      git(clone, 'commit', '-m', `run in ${clone}`);
    }
    git(a, 'push', 'origin', 'HEAD:main');
    return { b, rebase: () => git(b, 'pull', '--rebase', 'origin', 'main') };
  }

  it('without the union merge the same race conflicts (so the attribute is what makes it work)', async () => {
    const { rebase } = await race('plain', false);
    expect(rebase).toThrow(/conflict/i);
  });

  it("rebase merges both runs' lines without a conflict and loses no sample", async () => {
    const { b, rebase } = await race('union', true);
    rebase();
    git(b, 'push', 'origin', 'HEAD:main');

    expect(git(b, 'status', '--porcelain')).toBe('');
    const data = await readComponentData(join(b, 'data'), 'dhl');
    expect(data.problems).toEqual([]);
    expect(data.samples.map((s) => `${s.time} ${s.location}`)).toEqual([
      '2026-11-28T10:00:00.000Z eu',
      '2026-11-28T10:05:00.000Z eu',
      '2026-11-28T10:05:00.000Z us',
      '2026-11-29T00:05:00.000Z eu',
      '2026-11-29T00:05:00.000Z us',
    ]);
    // The old day was compacted identically on both sides: one segment, the raw file gone.
    expect(data.segments).toEqual([
      { from: '2026-11-24T10:00:00Z', to: '2026-11-24T10:10:00Z', status: 'operational' },
    ]);
    expect(await readFile(join(b, 'data/raw/2026-11-28.jsonl'), 'utf8')).toMatch(/^(\{.*\}\n){3}$/);
  });
});
