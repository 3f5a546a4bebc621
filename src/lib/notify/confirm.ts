import type { ProbeStatus } from '../../domain/status.ts';

/** What the notifier needs of a stored sample (src/domain/data.ts `Sample` fits). */
export interface RecentSample {
  /** When it was measured (ISO 8601). */
  time: string;
  /** What it concluded. */
  status: ProbeStatus;
  /** The runner location; samples without one count as one location. */
  location?: string;
}

/**
 * The status a component's recent samples agree on, or undefined while they do not (yet):
 * each location's newest `runs` samples must be equal, so one flaky run alerts nobody. Locations
 * that have not reported within `staleAfter` ms of the newest sample are left out (a runner
 * removed from the matrix). Locations that disagree make a partial outage when some fail.
 */
export function confirmedStatus(
  samples: readonly RecentSample[],
  runs: number,
  staleAfter: number,
): ProbeStatus | undefined {
  if (samples.length === 0) return undefined;
  const newestFirst = [...samples].sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  const newest = Date.parse(newestFirst[0]!.time);
  const byLocation = new Map<string, RecentSample[]>();
  for (const sample of newestFirst) {
    const location = sample.location ?? '';
    const list = byLocation.get(location) ?? [];
    list.push(sample);
    byLocation.set(location, list);
  }
  const verdicts: ProbeStatus[] = [];
  for (const list of byLocation.values()) {
    if (newest - Date.parse(list[0]!.time) > staleAfter) continue;
    const recent = list.slice(0, runs);
    if (recent.length < runs || recent.some((sample) => sample.status !== recent[0]!.status))
      return undefined;
    verdicts.push(recent[0]!.status);
  }
  return combine(verdicts);
}

/** One status from the locations' verdicts: agreement wins; some failing is a partial outage. */
function combine(verdicts: ProbeStatus[]): ProbeStatus {
  const first = verdicts[0]!;
  if (verdicts.every((status) => status === first)) return first;
  const failing = (status: ProbeStatus) => status === 'major_outage' || status === 'partial_outage';
  if (verdicts.some(failing)) return 'partial_outage';
  return 'degraded_performance'; // the only other mix: operational and degraded
}
