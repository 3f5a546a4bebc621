import { execFile } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/lib/config.ts';
import { demoNotice } from './demo-config.ts';
import { projectRoot } from './steps.ts';

// Inside the project (git-ignored .demo/), so Astro keeps its prerender chunks apart from other builds.
mkdirSync(join(projectRoot, '.demo'), { recursive: true });
const dir = mkdtempSync(join(projectRoot, '.demo', 'test-'));
const repoFiles = async () => [
  ...(await readdir(join(projectRoot, 'data'))),
  ...(await readdir(join(projectRoot, 'incidents'))),
];
let output = '';
let before: string[] = [];

beforeAll(async () => {
  before = await repoFiles();
  const run = await promisify(execFile)(
    process.execPath,
    ['scripts/demo.ts', '--no-serve', '--dir', dir],
    {
      cwd: projectRoot,
      maxBuffer: 10_000_000,
    },
  );
  output = run.stdout;
}, 180_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm start --no-serve', () => {
  const { catalogue } = loadConfig(join(projectRoot, 'status.config.yaml'));
  const home = () => readFile(join(dir, 'dist', 'index.html'), 'utf8');
  const decoded = async () => (await home()).replaceAll('&amp;', '&').replaceAll('&#39;', "'");

  it.each([...catalogue.components, ...catalogue.groups].map((c) => [c.name]))(
    'the home page shows %s',
    async (name) => {
      expect(await decoded()).toContain(name);
    },
  );

  it('shows the demo notice', async () => {
    expect(await decoded()).toContain(demoNotice);
  });

  it('shows the open incident of the component that is down', async () => {
    expect(await decoded()).toContain('Registration Site unavailable');
  });

  it.each([
    ['registration-site', 'major_outage'],
    ['graphql-api', 'degraded_performance'],
    ['ups', 'major_outage'],
    ['gls-1', 'operational'],
    ['website', 'operational'],
  ])('the API says %s is %s, as the fleet behaves', async (id, status) => {
    const summary = JSON.parse(
      await readFile(join(dir, 'dist', 'api', 'v2', 'summary.json'), 'utf8'),
    );
    expect(summary.components.find((c: { id: string }) => c.id === id)?.status).toBe(status);
  });

  it('stored probe results of the real engine in its own data dir', async () => {
    expect((await readdir(join(dir, 'data'))).length).toBeGreaterThan(0);
  });

  it('leaves the repository data/ and incidents/ alone', async () => {
    expect(await repoFiles()).toEqual(before);
  });

  it('reports each step and where the site is', () => {
    expect(output).toMatch(/Building the site \(astro build\) …\n {2}done in \d+\.\d s/);
    expect(output).toContain(`Demo site built in`);
  });
});
