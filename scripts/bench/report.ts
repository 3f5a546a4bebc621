import { cpus, totalmem } from 'node:os';

/** One line of the benchmark table: a figure, its baseline from the same run, the target. */
export interface Row {
  /** What was measured. */
  figure: string;
  /** The measurement (median of the runs). */
  measured: string;
  /** What to compare it with, measured in the same run (or quoted, and then said so). */
  baseline: string;
  /** The claim it must meet. */
  target: string;
  /** Whether it met the target; undefined where there is none. */
  met: boolean | undefined;
}

/** A titled group of rows. */
export interface Section {
  title: string;
  rows: Row[];
  /** How it was measured, in a sentence or two. */
  note: string;
}

/** Seconds with two decimals: "0.41 s". */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Kilobytes with one decimal: "18.2 KB". */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Megabytes with one decimal: "91.3 MB". */
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The machine, as the README quotes it. */
export function machine(): string {
  const list = cpus();
  const ram = (totalmem() / 1024 ** 3).toFixed(1);
  return `${list[0]?.model.trim() ?? 'unknown CPU'} × ${list.length} cores, ${ram} GB RAM, Node ${process.versions.node}`;
}

/** How a run went: when, how many runs per figure, how long it all took. */
export interface RunInfo {
  date: Date;
  runs: number;
  totalMs: number;
}

/** The table as Markdown, with the date and the machine. */
export function markdown(sections: Section[], info: RunInfo): string {
  const verdict = (met: boolean | undefined) => (met === undefined ? '' : met ? 'yes' : '**no**');
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const lines = [
    '## Performance',
    '',
    `Measured by \`npm run bench\` on ${info.date.toISOString().slice(0, 10)}, on ${machine()}; the whole run took ` +
      `${(info.totalMs / 60_000).toFixed(0)} min. Each figure is the median of ${info.runs} run(s); each baseline ` +
      'comes from the same run unless it says otherwise (quoted figures say so).',
    'Run it yourself with `npm run bench` (`-- --quick` measures everything once); it works in a temp dir',
    'under `.demo/` and never touches `data/` or `incidents/`.',
    '',
  ];
  for (const section of sections) {
    lines.push(
      `### ${section.title}`,
      '',
      '| | Measured | Baseline | Target | Met |',
      '|---|---|---|---|---|',
    );
    for (const row of section.rows) {
      lines.push(
        `| ${[row.figure, row.measured, row.baseline, row.target].map(cell).join(' | ')} | ${verdict(row.met)} |`,
      );
    }
    lines.push('', section.note, '');
  }
  return lines.join('\n');
}

/** The table for a terminal: a title line per section, then aligned rows. */
export function plain(sections: Section[]): string {
  const cells = (r: Row) => [
    `  ${r.figure}`,
    r.measured,
    r.baseline,
    r.target,
    r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  ];
  const all = sections.flatMap((section) => section.rows.map(cells));
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((text, i) => text.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return sections
    .map((section) => [section.title, ...section.rows.map((r) => line(cells(r)))].join('\n'))
    .join('\n');
}
