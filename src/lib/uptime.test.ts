import { describe, expect, it } from 'vitest';
import type { DaySeconds } from '../domain/model.ts';
import { emptySeconds, uptimePercent, weightedDowntime } from './uptime.ts';

const day = 86_400;
const seconds = (values: Partial<DaySeconds>): DaySeconds => ({ ...emptySeconds(), ...values });

describe('uptimePercent', () => {
  it.each([
    // Statuspage's observed case: 9,039 s major + 1,603 s partial over 90 full days → 99.8775… → "99.87".
    [{ major: 9039, partial: 1603, covered: 90 * day }, '99.87'],
    [{ covered: day }, '100.00'],
    [{ major: day, covered: day }, '0.00'],
    // 1 − 864/86400 = 0.99 exactly: truncation must not turn it into 98.99.
    [{ major: 864, covered: day }, '99.00'],
    // Degraded time never lowers uptime.
    [{ degraded: 3600, covered: day }, '100.00'],
    // 86.4 s = 0.1 %: 99.9 exactly; 87 s → 99.899… → "99.89".
    [{ major: 86.4, covered: day }, '99.90'],
    [{ major: 87, covered: day }, '99.89'],
    [{ partial: 1000, covered: day }, '99.65'],
    [{ covered: 0, noData: day }, null],
  ])('%o → %s', (values, expected) => {
    expect(uptimePercent(seconds(values))).toBe(expected);
  });

  it('weights partial outage 0.3', () => {
    expect(weightedDowntime(seconds({ major: 100, partial: 1000 }))).toBe(400);
  });
});
