import { probeAll } from '../../probes/engine.ts';
import type { Component } from '../../src/domain/catalogue.ts';
import { parseConfig } from '../../src/lib/config.ts';
import { medianMs } from './measure.ts';
import { startTargets, targetsConfig } from './targets.ts';

/** Wall times of one probe round against `count` targets answering after `delayMs`. */
export interface FanOut {
  count: number;
  delayMs: number;
  /** All at once (concurrency = count). */
  concurrentMs: number;
  /** The same targets answering at once: the engine's own start-up and overhead. */
  startupMs: number;
  /** One after another (concurrency 1), measured on `sequentialSample` targets and scaled to `count`. */
  sequentialMs: number;
  /** How many targets the sequential figure was measured on. */
  sequentialSample: number;
}

/** Measures probeAll's fan-out against local targets; each figure is the median of `runs`. */
export async function benchFanOut(
  count: number,
  delayMs: number,
  runs: number,
  sequentialSample: number,
): Promise<FanOut> {
  const targets = await startTargets(count, delayMs);
  try {
    const components = catalogueOf(targets.urls);
    const round = (list: Component[], concurrency: number) => () =>
      probeAll(list, { concurrency, location: 'bench', configDir: process.cwd() });
    const concurrentMs = await medianMs(runs, round(components, count));
    const sequentialMs =
      ((await medianMs(runs, round(components.slice(0, sequentialSample), 1))) * count) /
      sequentialSample;
    targets.delayMs = 0;
    const startupMs = await medianMs(runs, round(components, count));
    return { count, delayMs, concurrentMs, startupMs, sequentialMs, sequentialSample };
  } finally {
    await targets.close();
  }
}

function catalogueOf(urls: string[]): Component[] {
  const { loaded, problems } = parseConfig(targetsConfig(urls, urls.length), 'bench.yaml');
  if (!loaded) throw new Error(problems.map((p) => p.message).join('\n'));
  return loaded.catalogue.components;
}
