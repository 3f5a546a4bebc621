import type { Dispatcher } from 'undici';
import type { Component, ResolvedCheck } from '../src/domain/catalogue.ts';
import type { ProbeResult } from '../src/domain/result.ts';
import type { AttemptOutcome } from './checks/http.ts';
import { toFailure } from './failure.ts';
import { prepareCheck, type AttemptDeps } from './prepare.ts';
import { redactDeep, type Redact } from './secrets.ts';

/** How a probe run behaves; tests inject the clock and the sleep so retries take no time. */
export interface ProbeOptions {
  /** Checks running at once. */
  concurrency: number;
  /** This runner's location name, stored with each result. */
  location: string;
  /** Where `${NAME}` placeholders are filled from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The config file's folder, for `check.ca` paths. */
  configDir: string;
  /** A shared undici dispatcher; by default each attempt uses a fresh agent (real timings, TLS details). */
  dispatcher?: Dispatcher;
  /** Waits between attempts (default a timer). */
  sleep?: (ms: number) => Promise<void>;
  /** The clock for result times and certificate expiry (default the system clock). */
  now?: () => Date;
}

/** Back-off before retry n (1-based): 1 s, 2 s, 4 s, capped at 8 s. */
export function backoffMs(retry: number): number {
  return Math.min(1000 * 2 ** (retry - 1), 8000);
}

/** Probes every automatic component (manual ones are skipped), at most `concurrency` at once; never throws. */
export async function probeAll(
  components: Component[],
  options: ProbeOptions,
): Promise<ProbeResult[]> {
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const now = options.now ?? (() => new Date());
  const env = options.env ?? process.env;
  const deps: AttemptDeps = { dispatcher: options.dispatcher, now };
  const probed = components.filter((c): c is Component & { check: ResolvedCheck } => !!c.check);
  const probeOne = async (component: (typeof probed)[number]): Promise<ProbeResult> => {
    const time = now();
    // Known before anything can throw, so even the message of a bug of ours is cleaned.
    let redact: Redact = (text) => text;
    try {
      const prepared = await prepareCheck(component.check, env, options.configDir);
      redact = prepared.redact;
      const run =
        'failure' in prepared
          ? { outcome: { latency: null, failure: prepared.failure }, attempts: 1 }
          : await withRetries(() => prepared.attempt(deps), component.check.retries, sleep);
      return redactDeep(toResult(component, time, run, options.location), prepared.redact);
    } catch (error) {
      // A bug of ours must not cost the other components their results.
      const failure = {
        kind: 'other' as const,
        message: `probe failed: ${toFailure(error).message}`,
      };
      const run = { outcome: { latency: null, failure }, attempts: 1 };
      return redactDeep(toResult(component, time, run, options.location), redact);
    }
  };
  return mapLimit(probed, options.concurrency, probeOne);
}

interface Run {
  outcome: AttemptOutcome;
  attempts: number;
}

/** Runs attempts until one passes or the retries are used up, backing off in between. */
async function withRetries(
  attempt: () => Promise<AttemptOutcome>,
  retries: number,
  sleep: (ms: number) => Promise<void>,
): Promise<Run> {
  let outcome = await attempt();
  let attempts = 1;
  while (outcome.failure && attempts <= retries) {
    await sleep(backoffMs(attempts));
    outcome = await attempt();
    attempts++;
  }
  return { outcome, attempts };
}

function toResult(
  component: Component & { check: ResolvedCheck },
  time: Date,
  run: Run,
  location: string,
): ProbeResult {
  const { outcome } = run;
  const slow = outcome.latency !== null && outcome.latency > component.check.degradedAfter;
  const status = outcome.failure ? 'major_outage' : slow ? 'degraded_performance' : 'operational';
  return {
    component: component.id,
    time: time.toISOString(),
    status,
    latency: outcome.latency,
    ...(outcome.timings ? { timings: outcome.timings } : {}),
    ...(outcome.httpStatus !== undefined ? { httpStatus: outcome.httpStatus } : {}),
    ...(outcome.failure ? { error: outcome.failure } : {}),
    ...(outcome.warning ? { warning: outcome.warning } : {}),
    attempts: run.attempts,
    location,
  };
}

/** Maps with at most `limit` promises pending; results keep the input order. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results;
}
