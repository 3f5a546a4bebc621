import { formatTime } from '../../src/lib/incidents/time.ts';

const hour = 3_600_000;
const impacts = ['minor', 'major', 'critical', 'none'] as const;
const statuses = ['degraded_performance', 'partial_outage', 'major_outage'] as const;

/** `count` resolved incidents spread evenly over the `days` before `now`, as valid Markdown files. */
export function generateIncidents(
  count: number,
  componentIds: string[],
  options: { now: Date; days: number; timezone: string },
): { name: string; text: string }[] {
  const span = options.days * 24 * hour;
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(options.now.getTime() - span + ((i + 0.5) * span) / count);
    const at = (hours: number) =>
      formatTime(new Date(start.getTime() + hours * hour), options.timezone);
    const component = componentIds[i % componentIds.length]!;
    const status = statuses[i % statuses.length]!;
    const text = `---
title: Generated incident ${i + 1} on ${component}
impact: ${impacts[i % impacts.length]}
components:
  ${component}: ${status}
---
## Resolved · ${at(2)}
The service works normally again. Requests failed for **two hours**.

## Monitoring · ${at(1.5)}
A fix is in place; we are watching the error rate.

## Investigating · ${at(0)}
We see errors on ${component} and are looking into it.
`;
    return { name: `${at(0).slice(0, 10)}-generated-${String(i + 1).padStart(4, '0')}.md`, text };
  });
}
