import type { Span } from '../domain/data.ts';
import type { DaySeconds, DaySummary } from '../domain/model.ts';
import { downtimeColour, maintenanceColour, noDataColour } from './colours.ts';
import { addSeconds, emptySeconds, uptimePercent, weightedDowntime } from './uptime.ts';
import { dayBounds } from './zoned-days.ts';

/** Seconds of each kind in [from, to) of a sorted timeline; `start` lets callers walk forward cheaply. */
export function secondsIn(spans: Span[], from: number, to: number, start = 0): DaySeconds {
  const seconds = emptySeconds();
  for (let i = start; i < spans.length; i++) {
    const span = spans[i]!;
    if (span.from >= to) break;
    const length = (Math.min(span.to, to) - Math.max(span.from, from)) / 1000;
    if (length <= 0) continue;
    if (span.status === 'major_outage') seconds.major += length;
    else if (span.status === 'partial_outage') seconds.partial += length;
    else if (span.status === 'degraded_performance') seconds.degraded += length;
    else if (span.status === 'under_maintenance') seconds.maintenance += length;
    else if (span.status === 'no_data') seconds.noData += length;
    if (span.status !== 'under_maintenance' && span.status !== 'no_data') seconds.covered += length;
  }
  return seconds;
}

/** Seconds per calendar date in the zone; time after `now` does not count (today is partial). */
export function secondsPerDay(
  spans: Span[],
  dates: string[],
  timezone: string,
  now: number,
): DaySeconds[] {
  let index = 0;
  return dates.map((date) => {
    const [from, end] = dayBounds(date, timezone);
    const to = Math.min(end, now);
    while (index < spans.length && spans[index]!.to <= from) index++;
    return to > from ? secondsIn(spans, from, to, index) : emptySeconds();
  });
}

/** What a day shows, from its seconds: outage beats maintenance beats data; nothing is no data. */
export function summarise(date: string, seconds: DaySeconds, incidents: string[]): DaySummary {
  const weighted = weightedDowntime(seconds);
  const kind: DaySummary['kind'] =
    weighted > 0
      ? 'outage'
      : seconds.maintenance > 0
        ? 'maintenance'
        : seconds.covered > 0
          ? 'ok'
          : 'no_data';
  const colour =
    kind === 'maintenance'
      ? maintenanceColour
      : kind === 'no_data'
        ? noDataColour
        : downtimeColour(weighted);
  return {
    date,
    seconds: roundSeconds(seconds),
    kind,
    colour,
    uptime: uptimePercent(seconds),
    incidents,
  };
}

/** A group's days: its components' seconds summed, incidents merged, outages counted. */
export function groupDays(members: DaySummary[][]): DaySummary[] {
  const first = members[0] ?? [];
  return first.map((day, i) => {
    let seconds = emptySeconds();
    const incidents = new Set<string>();
    let componentsWithOutage = 0;
    for (const days of members) {
      const member = days[i]!;
      seconds = addSeconds(seconds, member.seconds);
      for (const id of member.incidents) incidents.add(id);
      if (member.seconds.major > 0 || member.seconds.partial > 0) componentsWithOutage++;
    }
    return { ...summarise(day.date, seconds, [...incidents]), componentsWithOutage };
  });
}

/** Sums the seconds of several days (a window's uptime). */
export function sumSeconds(days: DaySummary[]): DaySeconds {
  return days.reduce((total, day) => addSeconds(total, day.seconds), emptySeconds());
}

/** Whole milliseconds only, so summed floats do not show as 86399.99999. */
function roundSeconds(seconds: DaySeconds): DaySeconds {
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return {
    major: r(seconds.major),
    partial: r(seconds.partial),
    degraded: r(seconds.degraded),
    maintenance: r(seconds.maintenance),
    noData: r(seconds.noData),
    covered: r(seconds.covered),
  };
}
