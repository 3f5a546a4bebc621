/**
 * `npm run bench`: the product's performance claims, measured on this machine against their baselines,
 * printed and written into README.md between the bench markers. Works in a temp dir; never touches data/ or incidents/.
 * `--quick` runs everything once (for trying it out; the README's figures come from a full run).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './demo/steps.ts';
import { benchBuild } from './bench/build.ts';
import { dataGrowthSection } from './bench/data-growth.ts';
import { benchFanOut } from './bench/fan-out.ts';
import { pagesOf, pageWeight } from './bench/page-weight.ts';
import { benchProbeRun } from './bench/probe-memory.ts';
import { markdown, plain, type Section } from './bench/report.ts';
import { buildSection, fanOutSection, memorySection, pageWeightSection } from './bench/sections.ts';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const runs = values.quick ? 1 : 3;
// Inside the project (git-ignored .demo/): Astro writes its prerender chunks next to an out dir inside
// the working directory, but into the shared .astro/ for one outside it, where parallel builds collide.
await mkdir(join(projectRoot, '.demo'), { recursive: true });
const dir = await mkdtemp(join(projectRoot, '.demo', 'bench-'));
const started = performance.now();
const progress = (text: string) => console.error(`• ${text} …`);

try {
  const sections: Section[] = [];

  progress('1/5 probe fan-out: 50 and 200 local targets');
  sections.push(
    fanOutSection([await benchFanOut(50, 300, runs, 50), await benchFanOut(200, 300, runs, 20)]),
  );

  progress('2/5 build time: 1 year of data, 10 / 100 / 1,000 incidents');
  const builds = await benchBuild(dir, [10, 100, 1000], 365, runs);
  sections.push(buildSection(builds, 365));

  progress('3/5 page weight of the built pages');
  const dist = builds.find((b) => b.incidents === 100)!.dist;
  sections.push(pageWeightSection(pagesOf(dist).map((page) => pageWeight(dist, page))));

  progress('4/5 data growth (a week of probe runs as git commits), aggregates of a year');
  sections.push(await dataGrowthSection(runs));

  progress('5/5 peak memory: a probe run of 200 targets, the build');
  const { probe, emptyNode } = await benchProbeRun(dir, 200, 300, runs);
  sections.push(memorySection(probe, emptyNode, 200, builds.at(-1)!));

  console.log(`\n${plain(sections)}\n`);
  const file = join(projectRoot, 'README.md');
  const report = markdown(sections, {
    date: new Date(),
    runs,
    totalMs: performance.now() - started,
  });
  await writeFile(file, replaceSection(await readFile(file, 'utf8'), report));
  console.log(`Written to the Performance section of ${file}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

/** The README with the text between `<!-- bench:start -->` and `<!-- bench:end -->` replaced. */
function replaceSection(readme: string, report: string): string {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has lost its ${start} … ${end} markers`);
  return `${readme.slice(0, from + start.length)}\n${report.trim()}\n${readme.slice(to)}`;
}
