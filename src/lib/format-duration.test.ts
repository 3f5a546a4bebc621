import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration.ts';

describe('formatDuration', () => {
  it.each([
    [0, 'en', '0 secs'],
    [1, 'en', '1 sec'],
    [45, 'en', '45 secs'],
    [59.9, 'en', '59 secs'],
    [60, 'en', '1 min'],
    [119, 'en', '1 min'],
    [600, 'en', '10 mins'],
    [3600, 'en', '1 hr'],
    [3900, 'en', '1 hr 5 mins'],
    [7260, 'en', '2 hrs 1 min'],
    [9039, 'en', '2 hrs 30 mins'],
    [45, 'de', '45 Sek.'],
    [60, 'de', '1 Min.'],
    [3900, 'de', '1 Std. 5 Min.'],
    [7260, 'de', '2 Std. 1 Min.'],
  ] as const)('%s s in %s → %s', (seconds, language, expected) => {
    expect(formatDuration(seconds, language)).toBe(expected);
  });
});
