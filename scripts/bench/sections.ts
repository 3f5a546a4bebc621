import type { BuildCost } from './build.ts';
import type { FanOut } from './fan-out.ts';
import type { ChildCost } from './measure.ts';
import type { PageWeight } from './page-weight.ts';
import { kb, mb, seconds, type Section } from './report.ts';

/** 1. Probe fan-out against the ideal and against probing one after another. */
export function fanOutSection(results: FanOut[]): Section {
  return {
    title: '1. Probe fan-out (one round, targets answering after 300 ms)',
    rows: results.map((r) => {
      const limit = 1.5 * r.delayMs + r.startupMs;
      const sampled = r.sequentialSample < r.count ? `, scaled from ${r.sequentialSample}` : '';
      return {
        figure: `${r.count} targets`,
        measured: seconds(r.concurrentMs),
        baseline: `ideal ${seconds(r.delayMs)}; one after another ${seconds(r.sequentialMs)}${sampled} (${(r.sequentialMs / r.concurrentMs).toFixed(0)}× slower)`,
        target: `≤ 1.5 × ideal + start-up ${seconds(r.startupMs)} = ${seconds(limit)}`,
        met: r.concurrentMs <= limit,
      };
    }),
    note:
      '`probeAll` in one process, concurrency = number of targets, one local HTTP server (own port) per target. ' +
      'Start-up is the same round against targets that answer at once. "One after another" is concurrency 1, ' +
      "Upptime's way, measured on a sample of targets and scaled linearly where it says so.",
  };
}

/** 2. Build time against the number of incidents. */
export function buildSection(costs: BuildCost[], days: number): Section {
  const first = costs[0]!;
  const last = costs.at(-1)!;
  // Time per extra incident over the whole range. Superlinear growth (cState's, quadratic) puts the
  // builds between far below that straight line; allow 1 s or 10 % for the noise of a shared machine.
  const perIncident = (last.ms - first.ms) / (last.incidents - first.incidents);
  const onLine = (cost: BuildCost) => first.ms + perIncident * (cost.incidents - first.incidents);
  const offLine = costs.map((cost) => cost.ms - onLine(cost));
  const linear = costs.every((cost, i) => offLine[i]! >= -Math.max(1000, 0.1 * cost.ms));
  return {
    title: `2. Build time (the example catalogue, ${days} days of history)`,
    rows: [
      ...costs.map((cost) => ({
        figure: `${cost.incidents.toLocaleString('en')} incidents`,
        measured: seconds(cost.ms),
        baseline:
          cost === first
            ? 'the smallest build of this run'
            : `+${seconds(cost.ms - first.ms)} over ${first.incidents}`,
        target:
          cost.incidents === 1000
            ? '≤ 12 s (cState on Hugo: 24 s)'
            : cost.incidents === 100
              ? '(cState on Hugo: 0.9 s)'
              : '',
        met: cost.incidents === 1000 ? cost.ms <= 12_000 : undefined,
      })),
      {
        figure: 'time per extra incident',
        measured: `${perIncident.toFixed(1)} ms (${first.incidents}→${last.incidents})`,
        baseline: `off that line: ${costs
          .slice(1, -1)
          .map((cost) => `${cost.incidents} at ${seconds(cost.ms - onLine(cost))}`)
          .join(', ')}`,
        target: 'at most linear: no build over 1 s (or 10 %) below the line',
        met: linear,
      },
    ],
    note:
      `\`astro build\` as a child process, ${days} days of simulated probe data (the real data format), ` +
      `${costs.map((c) => c.incidents).join(' / ')} generated incidents (valid Markdown files, 3 updates each). ` +
      "cState's figures were measured on this machine when the issue was written, not in this run " +
      '(quadratic: each of its pages filters all incidents).',
  };
}

/** 3. Page weight per page against the budgets. */
export function pageWeightSection(weights: PageWeight[]): Section {
  return {
    title: '3. Page weight (gzip; HTML + CSS + JS, and JS alone)',
    rows: weights.map((w) => {
      const home = w.page === '/';
      const metrics = w.page === '/metrics/';
      return {
        figure: w.page,
        measured: `${kb(w.totalGzip)} in all, ${kb(w.jsGzip)} JS${w.chartJs ? ' (with chart.js)' : ''}`,
        baseline: home ? "cState's home: 9 KB (5 systems, 60 days)" : '',
        target: home
          ? '< 30 KB in all, < 10 KB JS, no chart.js'
          : metrics
            ? 'chart.js here only'
            : 'no chart.js',
        met: home
          ? w.totalGzip < 30 * 1024 && w.jsGzip < 10 * 1024 && !w.chartJs
          : metrics
            ? true
            : !w.chartJs,
      };
    }),
    note:
      'Each file gzip-compressed on its own (level 9), as a static host serves it; scripts include their static imports and inline scripts. ' +
      "cState's figure is quoted from the site issue, not measured in this run.",
  };
}

/** 5. Peak memory of a probe run and of the build. */
export function memorySection(
  probe: ChildCost,
  emptyNode: ChildCost,
  count: number,
  build: BuildCost,
): Section {
  const rss = (cost: { maxRss: number | undefined }) =>
    cost.maxRss === undefined ? 'n/a (no /usr/bin/time)' : mb(cost.maxRss);
  return {
    title: '5. Peak memory (resident set of the child process)',
    rows: [
      {
        figure: `\`npm run probe\`, ${count} targets`,
        measured: `${rss(probe)} (run took ${seconds(probe.ms)})`,
        baseline: `empty Node process: ${rss(emptyNode)}`,
        target: '',
        met: undefined,
      },
      {
        figure: `\`astro build\`, ${build.incidents.toLocaleString('en')} incidents`,
        measured: rss(build),
        baseline: `empty Node process: ${rss(emptyNode)}`,
        target: '',
        met: undefined,
      },
    ],
    note: 'Peak resident memory from GNU `time -f %M` around the real CLI (probe) and `astro build`.',
  };
}
