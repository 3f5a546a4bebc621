/** The facts of one day (bar cell or calendar cell), as text for the tooltip and its no-JS title. */
import type { DaySummary } from '../../domain/model.ts';
import { formatDay, formatDuration, messages, type Language } from '../i18n.ts';

/** One day cell: its colour, its tooltip text and the incidents it links to. */
export interface DayCell {
  /** YYYY-MM-DD. */
  date: string;
  /** Background colour (hex), on SPEC's scale. */
  colour: string;
  /** Kind, for a class where colour alone is not enough (no data is hatched). */
  kind: DaySummary['kind'];
  /** Lines: the date, then the facts; incident titles last, prefixed "• ". */
  title: string;
  /** Ids of related incidents, for links in the tooltip. */
  incidents: string[];
}

/** Options for `dayCell`. */
export interface DayCellOptions {
  /** UI language. */
  language: Language;
  /** Incident titles by id (for the no-JS title). */
  titles: ReadonlyMap<string, string>;
  /** For a group row: how many components it has. */
  groupSize?: number | undefined;
}

/** The cell of `day`, with Statuspage's wording ("Major outage 1 hr 5 mins"). */
export function dayCell(day: DaySummary, options: DayCellOptions): DayCell {
  const lines = [formatDay(day.date, options.language), ...dayFacts(day, options)];
  for (const id of day.incidents) lines.push(`• ${options.titles.get(id) ?? id}`);
  return {
    date: day.date,
    colour: day.colour,
    kind: day.kind,
    title: lines.join('\n'),
    incidents: day.incidents,
  };
}

function dayFacts(day: DaySummary, { language, groupSize }: DayCellOptions): string[] {
  const text = messages(language).day;
  if (day.kind === 'no_data') return [text.noData];
  const lines: string[] = [];
  if (groupSize !== undefined && (day.componentsWithOutage ?? 0) > 0) {
    lines.push(text.groupOutage(day.componentsWithOutage ?? 0, groupSize));
  } else {
    const { major, partial } = day.seconds;
    if (major > 0) lines.push(`${text.major} ${formatDuration(major, language)}`);
    if (partial > 0) lines.push(`${text.partial} ${formatDuration(partial, language)}`);
  }
  if (lines.length === 0) lines.push(text.none);
  if (day.seconds.degraded > 0 && groupSize === undefined) {
    lines.push(`${text.degraded} ${formatDuration(day.seconds.degraded, language)}`);
  }
  if (day.seconds.maintenance > 0 && groupSize === undefined) {
    lines.push(`${text.maintenance} ${formatDuration(day.seconds.maintenance, language)}`);
  }
  return lines;
}
