import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIncident } from '../../src/lib/incidents.ts';
import { loadConfig } from '../../src/lib/config.ts';
import { projectRoot } from '../demo/steps.ts';
import { generateIncidents } from './incidents.ts';
import { median } from './measure.ts';
import { pagesOf, pageWeight } from './page-weight.ts';
import { markdown, plain, type Section } from './report.ts';
import { buildSection } from './sections.ts';

describe('median', () => {
  it.each([
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %d', (values, expected) => expect(median(values)).toBe(expected));
});

describe('pageWeight', () => {
  let dist: string;
  const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;
  const files: Record<string, string> = {
    'index.html':
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/home.js"></script>',
    'metrics/index.html': '<script type="module" src="/_astro/metrics.js"></script>',
    '_astro/a.css': 'body{color:red}',
    '_astro/home.js': 'import{x}from"./shared.js";x()',
    '_astro/shared.js': 'export const x=()=>1',
    '_astro/metrics.js': `import"./shared.js";throw new Error("Failed to create chart: can't acquire context")`,
  };
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'weight-'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dist, path, '..'), { recursive: true });
      await writeFile(join(dist, path), text);
    }
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('finds the pages that exist', () => expect(pagesOf(dist)).toEqual(['/', '/metrics/']));

  it.each([
    [
      '/',
      ['index.html', '_astro/a.css', '_astro/home.js', '_astro/shared.js'],
      ['_astro/home.js', '_astro/shared.js'],
      false,
    ],
    [
      '/metrics/',
      ['metrics/index.html', '_astro/metrics.js', '_astro/shared.js'],
      ['_astro/metrics.js', '_astro/shared.js'],
      true,
    ],
  ])('%s counts its HTML, CSS and scripts with their imports', (page, all, js, chartJs) => {
    const sum = (paths: string[]) => paths.reduce((total, path) => total + gz(files[path]!), 0);
    expect(pageWeight(dist, page)).toEqual({ page, totalGzip: sum(all), jsGzip: sum(js), chartJs });
  });
});

describe('generateIncidents', () => {
  const { config, catalogue } = loadConfig(join(projectRoot, 'status.config.yaml'));
  const now = new Date('2026-11-28T12:00:00Z');
  const files = generateIncidents(50, ['dhl', 'gls-2', 'data'], {
    now,
    days: 365,
    timezone: 'Europe/Berlin',
  });

  it('writes unique file names, oldest first', () => {
    expect(new Set(files.map((f) => f.name)).size).toBe(50);
    expect([files[0]!.name, files[49]!.name]).toEqual([
      '2025-12-02-generated-0001.md',
      '2026-11-24-generated-0050.md',
    ]);
  });

  it.each(files.slice(0, 5).map((f) => [f.name, f.text]))(
    '%s is a valid incident',
    (name, text) => {
      const { incident, problems } = parseIncident(text, name, catalogue, config, now);
      expect([problems, incident?.updates.length]).toEqual([[], 3]);
    },
  );
});

describe('report', () => {
  const sections: Section[] = [
    {
      title: 'T',
      rows: [{ figure: 'a|b', measured: '1 s', baseline: 'x', target: '< 2 s', met: true }],
      note: 'N.',
    },
  ];
  it('writes Markdown with the date, the runs and escaped cells', () => {
    const text = markdown(sections, {
      date: new Date('2026-11-28T12:00:00Z'),
      runs: 3,
      totalMs: 600_000,
    });
    expect(text).toContain('on 2026-11-28, on ');
    expect(text).toContain('the whole run took 10 min. Each figure is the median of 3 run(s)');
    expect(text).toContain('| a\\|b | 1 s | x | < 2 s | yes |');
  });
  it('aligns a plain table', () => expect(plain(sections)).toBe('T\n  a|b  1 s  x  < 2 s  yes'));
});

describe('buildSection', () => {
  const cost = (incidents: number, ms: number) => ({ incidents, ms, maxRss: undefined, dist: '' });
  it.each([
    [[cost(10, 3000), cost(100, 3900), cost(1000, 12_900)], false, '10.0 ms (10→1000)', true],
    // The noisy run measured on 2026-11-28: the 100-incident build was faster than the 10.
    [[cost(10, 6360), cost(100, 6010), cost(1000, 13_020)], false, '6.7 ms (10→1000)', true],
    [[cost(10, 3000), cost(100, 3500), cost(1000, 11_000)], true, '8.1 ms (10→1000)', true],
    // The 100-incident build above the line (slower than linear predicts there) is not superlinear.
    [[cost(10, 4150), cost(100, 6050), cost(1000, 12_700)], false, '8.6 ms (10→1000)', true],
    // cState on Hugo: 0.9 s at 100, 24 s at 1,000 (and about 0.3 s at 10).
    [[cost(10, 300), cost(100, 900), cost(1000, 24_000)], false, '23.9 ms (10→1000)', false],
  ])('case %#', (costs, fast, slope, linear) => {
    const rows = buildSection(costs, 365).rows;
    expect([rows[2]!.met, rows[3]!.measured, rows[3]!.met]).toEqual([fast, slope, linear]);
  });
});
