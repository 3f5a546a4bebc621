import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureConfigText } from '../src/lib/incidents/fixtures.ts';

const script = resolve('scripts/incident.ts');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'incident-cli-'));
  await writeFile(join(dir, 'status.config.yaml'), fixtureConfigText);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Runs `npm run incident:<command> -- …args` in the temp dir. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: dir,
    env: { PATH: process.env['PATH'] },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

const path = 'incidents/2026-11-20-dhl-labels-fail.md';
const written = `---
title: "DHL: labels fail"
impact: major
components:
  dhl: partial_outage
  shipping: degraded_performance
---

## Investigating · 2026-11-20 12:58

Label requests fail.
`;

describe('incident new and update (in order: each step builds on the last)', () => {
  it('writes a new incident and prints its path', async () => {
    const args = [
      '--title',
      'DHL: labels fail',
      '--impact',
      'major',
      '--components',
      'dhl, shipping=degraded_performance',
    ];
    expect(
      run('new', ...args, '--message', 'Label requests fail.', '--at', '2026-11-20 12:58'),
    ).toEqual({ code: 0, stdout: path, stderr: '' });
    expect(await readFile(join(dir, path), 'utf8')).toBe(written);
  });

  it('never overwrites a file', async () => {
    const result = run(
      'new',
      '--title',
      'DHL: labels fail',
      '--impact',
      'major',
      '--at',
      '2026-11-20 13:00',
    );
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `incident: ${path} already exists; edit it, or choose another title\nnothing written`,
    });
  });

  it('adds an update on top', async () => {
    const result = run(
      'update',
      path,
      '--status',
      'monitoring',
      '--message',
      'A fix is in place.',
      '--at',
      '2026-11-20 13:40',
    );
    expect(result).toEqual({ code: 0, stdout: path, stderr: '' });
    expect(await readFile(join(dir, path), 'utf8')).toBe(
      written.replace(
        '## Investigating',
        '## Monitoring · 2026-11-20 13:40\n\nA fix is in place.\n\n## Investigating',
      ),
    );
  });

  it.each([
    [
      ['update', path, '--status', 'resolvd', '--message', 'Done.', '--at', '2026-11-20 14:00'],
      `${path}:9: unknown status "resolvd" in update heading (one of Investigating, Identified, Monitoring, Update, Resolved, Postmortem) (did you mean "Resolved"?)`,
    ],
    [
      ['update', path, '--status', 'resolved', '--message', 'Done.', '--at', '2026-11-20 13:00'],
      `${path}:13: updates must be newest first: this one (2026-11-20 13:40) is newer than the one above it on line 9`,
    ],
    [
      ['update', path, '--status', 'resolved', '--at', '2026-11-20 14:00'],
      'incident: --message is required: what changed, for the people reading the page',
    ],
    [
      ['update', 'incidents/nope.md', '--status', 'resolved', '--message', 'Done.'],
      'incident: incidents/nope.md: file not found',
    ],
    [
      ['update', path, '--status', 'resolved', '--message', 'Done.', '--at', 'yesterday'],
      'incident: --at: unparsable time "yesterday" (write YYYY-MM-DD HH:mm, optionally with Z or an offset like +01:00)',
    ],
  ])('refuses a bad update %j and leaves the file alone', async (args, message) => {
    const before = await readFile(join(dir, path), 'utf8');
    expect(run(...args)).toEqual({ code: 1, stdout: '', stderr: `${message}\nnothing written` });
    expect(await readFile(join(dir, path), 'utf8')).toBe(before);
  });

  it.each([
    [['--impact', 'major'], 'incident: --title is required, like --title "Delayed DHL labels"'],
    [
      ['--title', 'UPS slow', '--impact', 'severe', '--components', 'ups'],
      'incidents/2026-11-20-ups-slow.md:3: impact: unknown value "severe" (one of none, minor, major, critical)',
    ],
    [
      ['--title', 'UPS slow', '--impact', 'minor', '--components', 'upss'],
      'incidents/2026-11-20-ups-slow.md:5: unknown component "upss" (did you mean "ups"?)',
    ],
    [
      ['--title', 'UPS slow', '--impact', 'minor', '--components', 'ups=slow'],
      'incidents/2026-11-20-ups-slow.md:5: unknown status "slow" for component "ups" (one of operational, degraded_performance, partial_outage, major_outage, under_maintenance)',
    ],
    [
      ['--title', 'Upgrade', '--maintenance', '2026-12-12 19:00'],
      'incident: --maintenance: write the window as START..END, like "2026-12-12 19:00..2026-12-12 19:30"',
    ],
    [
      ['--title', 'Upgrade', '--maintenance', '2026-12-12 19:00..2026-12-12 18:00'],
      'incidents/2026-12-12-upgrade.md:6: maintenance ends before it starts (end 2026-12-12 18:00 is not after start 2026-12-12 19:00)',
    ],
  ])('refuses a bad new incident %j', async (args, message) => {
    const before = await readdir(join(dir, 'incidents'));
    expect(run('new', ...args, '--at', '2026-11-20 12:00')).toEqual({
      code: 1,
      stdout: '',
      stderr: `${message}\nnothing written`,
    });
    expect(await readdir(join(dir, 'incidents'))).toEqual(before);
  });

  it('writes a maintenance draft, named by its start', async () => {
    const args = [
      '--title',
      'Upgrade',
      '--components',
      'shipping',
      '--maintenance',
      '2026-12-12 19:00..2026-12-12 19:30',
      '--draft',
    ];
    const result = run('new', ...args, '--at', '2026-11-20 12:00');
    expect(result).toEqual({ code: 0, stdout: 'incidents/2026-12-12-upgrade.md', stderr: '' });
    expect(await readFile(join(dir, result.stdout), 'utf8')).toBe(`---
title: Upgrade
impact: none
maintenance:
  start: 2026-12-12 19:00
  end: 2026-12-12 19:30
components:
  shipping: under_maintenance
draft: true
---

## Scheduled · 2026-11-20 12:00

We will carry out maintenance during this window.
`);
    expect(existsSync(join(dir, 'incidents/2026-12-12-upgrade.md'))).toBe(true);
  });
});
