import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../demo/steps.ts';
import { measureNode, median, type ChildCost } from './measure.ts';
import { startTargets, targetsConfig } from './targets.ts';

/** `npm run probe` (the real CLI, a child process) against `count` targets, and an empty Node for comparison. */
export async function benchProbeRun(
  dir: string,
  count: number,
  delayMs: number,
  runs: number,
): Promise<{ probe: ChildCost; emptyNode: ChildCost }> {
  const targets = await startTargets(count, delayMs);
  try {
    const config = join(dir, 'probe.config.yaml');
    await writeFile(config, targetsConfig(targets.urls, count));
    const costs: ChildCost[] = [];
    for (let i = 0; i < runs; i++) {
      const data = await mkdtemp(join(dir, 'probe-data-'));
      costs.push(
        await measureNode(
          ['probes/run.ts'],
          { STATUS_CONFIG: config, STATUS_DATA_DIR: data },
          projectRoot,
        ),
      );
      await rm(data, { recursive: true, force: true });
    }
    const emptyNode = await measureNode(['-e', ''], {}, projectRoot);
    return { probe: summarise(costs), emptyNode };
  } finally {
    await targets.close();
  }
}

/** Median time and largest peak memory of several runs. */
export function summarise(costs: ChildCost[]): ChildCost {
  const rss = costs.flatMap((c) => (c.maxRss === undefined ? [] : [c.maxRss]));
  return {
    ms: median(costs.map((c) => c.ms)),
    maxRss: rss.length > 0 ? Math.max(...rss) : undefined,
  };
}
