import type { ProbeResult } from '../src/domain/result.ts';

const marks: Record<ProbeResult['status'], string> = {
  operational: 'ok',
  degraded_performance: 'slow',
  partial_outage: 'PART',
  major_outage: 'DOWN',
};

/** Counts per status and the wall time, in one line. */
export function headline(results: ProbeResult[], location: string, ms: number): string {
  const count = (status: ProbeResult['status']) =>
    results.filter((r) => r.status === status).length;
  const parts = [
    `${count('operational')} operational`,
    `${count('degraded_performance')} degraded`,
    `${count('major_outage') + count('partial_outage')} down`,
  ];
  return `Probed ${results.length} component${results.length === 1 ? '' : 's'} from "${location}" in ${(ms / 1000).toFixed(1)} s: ${parts.join(', ')}.`;
}

/** A short plain-text summary: the headline, then one line per component. */
export function textSummary(results: ProbeResult[], location: string, ms: number): string {
  const width = Math.max(0, ...results.map((r) => r.component.length));
  const lines = results.map((r) => {
    const latency = r.latency === null ? '–' : `${r.latency} ms`;
    return `  ${marks[r.status].padEnd(4)}  ${r.component.padEnd(width)}  ${latency.padStart(8)}  ${details(r)}`.trimEnd();
  });
  return [headline(results, location, ms), ...lines].join('\n');
}

/** The same as a Markdown table, for `$GITHUB_STEP_SUMMARY`. */
export function markdownSummary(results: ProbeResult[], location: string, ms: number): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const rows = results.map((r) =>
    [r.component, r.status, r.latency === null ? '–' : `${r.latency} ms`, r.attempts, details(r)]
      .map((value) => cell(String(value)))
      .join(' | '),
  );
  return [
    '### Probe run',
    '',
    headline(results, location, ms),
    '',
    '| Component | Status | Latency | Attempts | Details |',
    '|---|---|---:|---:|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
  ].join('\n');
}

function details(result: ProbeResult): string {
  const parts = [
    result.error ? `${result.error.kind}: ${result.error.message}` : '',
    result.warning ? `warning: ${result.warning}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}
