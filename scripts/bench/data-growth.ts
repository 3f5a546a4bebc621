import { join } from 'node:path';
import { benchAggregates, benchDataGrowth } from '../../src/lib/bench-data.ts';
import { loadConfig } from '../../src/lib/config.ts';
import { projectRoot } from '../demo/steps.ts';
import { median } from './measure.ts';
import { kb, mb, seconds, type Section } from './report.ts';

/** 4. Data growth in data/ and in git, and the time to compute a year of aggregates. */
export async function dataGrowthSection(runs: number): Promise<Section> {
  const { catalogue, config } = loadConfig(join(projectRoot, 'status.config.yaml'));
  const growth = await benchDataGrowth({ catalogue, days: 7 });
  const computeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const timing = await benchAggregates({ catalogue, timezone: config.site.timezone });
    computeMs.push((timing.readSeconds + timing.computeSeconds) * 1000);
  }
  const perYear = growth.packedBytesPerYear;
  return {
    title: '4. Data growth and aggregates (the example catalogue)',
    rows: [
      {
        figure: 'data/ per component-day (compacted)',
        measured: `${growth.bytesPerComponentDay} bytes`,
        baseline: `data/ after ${growth.runs} runs: ${kb(growth.dataBytes)}`,
        target: '',
        met: undefined,
      },
      {
        figure: 'packed git history per component-day',
        measured: `${growth.packedBytesPerComponentDay} bytes`,
        baseline: `${growth.runs} runs × ${growth.components} components as real commits, packed: ${kb(growth.packedBytes)}`,
        target: '',
        met: undefined,
      },
      {
        figure: 'packed git history per year (extrapolated)',
        measured: mb(perYear),
        baseline: "Upptime users' repositories: gigabytes (quoted, not measured)",
        target: '< 20 MB',
        met: perYear < 20 * 1024 * 1024,
      },
      {
        figure: 'read + compute all aggregates, 1 year of history',
        measured: seconds(median(computeMs)),
        baseline: '',
        target: '< 2 s',
        met: median(computeMs) < 2000,
      },
    ],
    note:
      `${growth.runs} five-minute probe runs (${growth.runs / 288} days) through the real store, each a git commit ` +
      '(git fast-import), compacted, then repacked (`git repack -a -d -f`); the year is the week × 365/7. ' +
      'Aggregates: reading the store and computing every day, uptime and response-time series of every component and group from a year of simulated data.',
  };
}
