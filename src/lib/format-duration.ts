/** Words for each unit, singular and plural, per language (Statuspage's abbreviations). */
const units = {
  en: { hr: ['hr', 'hrs'], min: ['min', 'mins'], sec: ['sec', 'secs'] },
  de: { hr: ['Std.', 'Std.'], min: ['Min.', 'Min.'], sec: ['Sek.', 'Sek.'] },
} as const;

/**
 * A duration in Statuspage's style: "45 secs", "1 min", "1 hr 5 mins", "2 hrs 1 min"
 * ("1 Std. 5 Min." in German). Seconds show only under a minute; longer times drop them.
 */
export function formatDuration(seconds: number, language: 'en' | 'de'): string {
  const words = units[language];
  const say = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;
  const total = Math.max(0, Math.floor(seconds));
  if (total < 60) return say(total, words.sec);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  if (hours === 0) return say(minutes, words.min);
  return minutes === 0
    ? say(hours, words.hr)
    : `${say(hours, words.hr)} ${say(minutes, words.min)}`;
}
