/**
 * The day colours of the bars and calendars. Anchors observed on Statuspage (SPEC, "Uptime and
 * the 90-day bars"): weighted downtime in seconds → colour, interpolated linearly in RGB between.
 */
const anchors: ReadonlyArray<readonly [number, string]> = [
  [0, '#229922'],
  [166, '#a0b116'],
  [1184, '#ffc40d'],
  [1454, '#f8a009'],
  [2437, '#de4f10'],
  [5708, '#c13737'],
];

/** A day without any measurement. */
export const noDataColour = '#b3bac5';
/** A day with maintenance and no downtime. */
export const maintenanceColour = '#3498db';

/** The colour for `weighted` seconds of downtime (major + 0.3 × partial) in a day. */
export function downtimeColour(weighted: number): string {
  const first = anchors[0]!;
  if (weighted <= first[0]) return first[1];
  for (let i = 1; i < anchors.length; i++) {
    const [x1, c1] = anchors[i]!;
    if (weighted < x1) {
      const [x0, c0] = anchors[i - 1]!;
      return mix(c0, c1, (weighted - x0) / (x1 - x0));
    }
  }
  return anchors[anchors.length - 1]![1];
}

function mix(from: string, to: string, share: number): string {
  const a = rgb(from);
  const b = rgb(to);
  return `#${a.map((v, i) => hex(Math.round(v + (b[i]! - v) * share))).join('')}`;
}

function rgb(colour: string): number[] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
}

function hex(value: number): string {
  return value.toString(16).padStart(2, '0');
}
