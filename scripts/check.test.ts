import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureConfigText } from '../src/lib/incidents/fixtures.ts';

const script = resolve('scripts/check.ts');

const incident = (components: string, time = '2026-11-20 12:58') => `---
title: DHL labels fail
impact: major
components:
  ${components}
---

## Investigating · ${time}

We see failed label requests.
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-'));
  await mkdir(join(dir, 'incidents'));
  await mkdir(join(dir, 'data'));
  await writeFile(join(dir, 'status.config.yaml'), fixtureConfigText);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Runs `npm run check` in the temp dir; returns its exit code and output lines. */
function check(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [script], {
    cwd: dir,
    env: { PATH: process.env['PATH'], ...env },
    encoding: 'utf8',
  });
  return { code: result.status, lines: `${result.stdout}${result.stderr}`.trim().split('\n') };
}

describe('npm run check', () => {
  it('passes valid files', async () => {
    await writeFile(join(dir, 'incidents/2026-11-20-dhl.md'), incident('dhl: partial_outage'));
    expect(check()).toEqual({
      code: 0,
      lines: ['check passed: status.config.yaml, 1 incident file, data'],
    });
  });

  it('passes with warnings only, and prints them', async () => {
    await writeFile(
      join(dir, 'incidents/2099-01-01-dhl.md'),
      incident('dhl: partial_outage', '2099-01-01 10:00'),
    );
    const { code, lines } = check();
    expect(code).toBe(0);
    expect(lines[0]).toMatch(
      /^incidents\/2099-01-01-dhl\.md:8: warning: update dated in the future: 2099-01-01 10:00 is after now/,
    );
    expect(lines.at(-1)).toBe(
      'check passed: status.config.yaml, 1 incident file, data (1 warning)',
    );
  });

  it('prints every problem, as annotations on GitHub, and fails', async () => {
    await writeFile(join(dir, 'incidents/2026-11-20-dhl.md'), incident('dhll: partial'));
    await writeFile(
      join(dir, 'incidents/2026-11-21-ups.md'),
      incident('ups: major_outage').replace('## Investigating', '## Investigatin'),
    );
    expect(check({ GITHUB_ACTIONS: 'true' })).toEqual({
      code: 1,
      lines: [
        'incidents/2026-11-20-dhl.md:5: unknown component "dhll" (did you mean "dhl"?)',
        '::error file=incidents/2026-11-20-dhl.md,line=5::unknown component "dhll" (did you mean "dhl"?)',
        'incidents/2026-11-20-dhl.md:5: unknown status "partial" for component "dhll" (one of operational, degraded_performance, partial_outage, major_outage, under_maintenance) (did you mean "partial_outage"?)',
        '::error file=incidents/2026-11-20-dhl.md,line=5::unknown status "partial" for component "dhll" (one of operational, degraded_performance, partial_outage, major_outage, under_maintenance) (did you mean "partial_outage"?)',
        'incidents/2026-11-21-ups.md:8: unknown status "Investigatin" in update heading (one of Investigating, Identified, Monitoring, Update, Resolved, Postmortem) (did you mean "Investigating"?)',
        '::error file=incidents/2026-11-21-ups.md,line=8::unknown status "Investigatin" in update heading (one of Investigating, Identified, Monitoring, Update, Resolved, Postmortem) (did you mean "Investigating"?)',
        'check failed: 3 errors in status.config.yaml, 2 incident files, data',
      ],
    });
  });

  it('reports a broken config and does not check the rest against it', async () => {
    await writeFile(
      join(dir, 'status.config.yaml'),
      fixtureConfigText.replace('timezone: Europe/Berlin', 'timezone: Europe/Berlinn'),
    );
    expect(check()).toEqual({
      code: 1,
      lines: [
        'status.config.yaml:4: site.timezone: unknown time zone (use an IANA name like Europe/Berlin)',
        'check failed: 1 error in status.config.yaml; not checked: incidents and data (they are checked against a valid config)',
      ],
    });
  });

  it('uses STATUS_CONFIG, STATUS_INCIDENTS_DIR and STATUS_DATA_DIR', async () => {
    await mkdir(join(dir, 'elsewhere/news'), { recursive: true });
    await writeFile(join(dir, 'elsewhere/page.yaml'), fixtureConfigText);
    await writeFile(join(dir, 'elsewhere/news/2026-11-20-dhl.md'), incident('dhl: partial_outage'));
    await writeFile(join(dir, 'elsewhere/news/2026-11-21-ups.md'), incident('ups: partial_outage'));
    const env = {
      STATUS_CONFIG: 'elsewhere/page.yaml',
      STATUS_INCIDENTS_DIR: 'elsewhere/news',
      STATUS_DATA_DIR: 'elsewhere/data',
    };
    expect(check(env)).toEqual({
      code: 0,
      lines: ['check passed: elsewhere/page.yaml, 2 incident files, elsewhere/data'],
    });
  });

  it('reports an unreadable incidents directory instead of crashing', async () => {
    await rm(join(dir, 'incidents'), { recursive: true });
    await writeFile(join(dir, 'incidents'), 'not a directory');
    const { code, lines } = check();
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^incidents: cannot read the incidents: ENOTDIR: not a directory/);
  });

  it("prints the data checker's problems (its wording is the store's)", async () => {
    await mkdir(join(dir, 'data/raw/dhll'), { recursive: true });
    const { code, lines } = check();
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^data\/raw\/dhll: warning: /);
    expect(lines.at(-1)).toBe(
      'check passed: status.config.yaml, 0 incident files, data (1 warning)',
    );
  });
});
