/** One notifier run: plan, deliver, remember. The CLI (scripts/notify.ts) wires in the real data. */
import { channelsFromEnv, secretVariables, type Channel } from './channels.ts';
import type { RecentSample } from './confirm.ts';
import { deliverOutbox, type DeliveryReport } from './deliver.ts';
import { planNotifications, type NotifySiteData } from './plan.ts';
import { redactor } from './redact.ts';
import { readNotificationState, writeNotificationState } from './state.ts';

/** What a run needs; everything is passed in so tests run it against temp dirs and local servers. */
export interface NotifyOptions {
  /** Config, catalogue and incidents (loadSiteData()). */
  site: NotifySiteData;
  /** The newest `count` samples of a component, any order (latestResults()). */
  samples: (componentId: string, count: number) => Promise<readonly RecentSample[]>;
  /** `data/notifications.json`. */
  statePath: string;
  /** Where the channel secrets come from. */
  env: NodeJS.ProcessEnv;
  /** The moment of the run. */
  now: Date;
  /** Prints a line of progress. */
  log: (line: string) => void;
  /** Prints a line about a failure. */
  error: (line: string) => void;
}

/** Samples first asked per confirm run: room for several probe locations voting. */
const locationsAllowance = 4;
/** The most locations asked for (the list doubles until every location has its runs). */
const maxLocations = 64;

/** Runs the notifier; resolves to the exit code (1 when any send failed or a channel is misconfigured). */
export async function runNotify(options: NotifyOptions): Promise<number> {
  const { site, env, now } = options;
  const redact = redactor(secretVariables.flatMap((name) => env[name] ?? []));
  const annotate = env['GITHUB_ACTIONS'] === 'true' ? '::error title=notify::' : '';
  const fail = (line: string) => options.error(`${annotate}notify: ${redact(line)}`);

  const previous = await readNotificationState(options.statePath);
  const recent = await recentSamples(options);
  const plan = planNotifications(previous, site, recent, now);
  const { channels, problems } = channelsFromEnv(env, site.config, () => now);
  problems.forEach((problem) => fail(`error: ${problem}`));

  if (!previous) {
    const counts = `${Object.keys(plan.state.incidents).length} incidents, ${Object.keys(plan.state.components).length} component statuses`;
    options.log(
      `notify: first run: recorded a baseline of ${counts}; announcing only what is open now`,
    );
  }
  options.log(
    `notify: ${plan.events.length} new event(s), ${plan.state.outbox.length} queued, channels: ${describe(channels)}`,
  );

  let reports: DeliveryReport[] = [];
  let state = plan.state;
  try {
    ({ state, reports } = await deliverOutbox(plan.state, channels, now));
  } finally {
    await writeNotificationState(options.statePath, state);
  }
  const targets = new Map(channels.map((channel) => [channel.name, channel.target]));
  for (const report of reports) {
    const where = `${report.channel} (${targets.get(report.channel)})`;
    if (report.outcome === 'sent') options.log(`notify: ${where}: sent ${report.event}`);
    else if (report.outcome === 'failed')
      fail(`error: ${where}: could not send ${report.event}: ${report.reason}`);
    else if (report.outcome === 'skipped')
      fail(
        `error: ${where}: not tried for ${report.event} (the channel failed before); retried next run`,
      );
    else fail(`error: ${where}: gave up on ${report.event} after a day of failed sends`);
  }
  const failed = problems.length > 0 || reports.some((report) => report.outcome !== 'sent');
  return failed ? 1 : 0;
}

async function recentSamples(
  options: NotifyOptions,
): Promise<Map<string, readonly RecentSample[]>> {
  const runs = options.site.config.notifications.confirmRuns;
  const probed = options.site.catalogue.components.filter((component) => component.check);
  const lists = await Promise.all(
    probed.map((component) => samplesOfRuns(options, component.id, runs)),
  );
  return new Map(probed.map((component, i) => [component.id, lists[i]!]));
}

/**
 * Enough of a component's newest samples that every location in them has its `runs` newest ones:
 * with more locations than the first guess allows, a fixed count would leave some with fewer, and
 * no change could ever be confirmed.
 */
async function samplesOfRuns(
  options: NotifyOptions,
  componentId: string,
  runs: number,
): Promise<readonly RecentSample[]> {
  for (let count = runs * locationsAllowance; ; count *= 2) {
    const list = await options.samples(componentId, count);
    const perLocation = new Map<string, number>();
    for (const sample of list)
      perLocation.set(sample.location ?? '', (perLocation.get(sample.location ?? '') ?? 0) + 1);
    const short = [...perLocation.values()].some((n) => n < runs);
    if (list.length < count || !short || count >= runs * maxLocations) return list;
  }
}

function describe(channels: readonly Channel[]): string {
  return channels.length === 0
    ? 'none configured'
    : channels.map((c) => `${c.name} (${c.target})`).join(', ');
}
