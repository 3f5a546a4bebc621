import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatMonth, formatUtc, messages } from './i18n.ts';

describe('messages', () => {
  it.each([
    ['en', 'All Systems Operational', 'No incidents reported.', '90 days ago'],
    ['de', 'Alle Systeme betriebsbereit', 'Keine Vorfälle gemeldet.', 'vor 90 Tagen'],
  ] as const)('%s', (language, banner, empty, ago) => {
    const t = messages(language);
    expect([t.indicator.none, t.noIncidents, t.daysAgo(90)]).toEqual([banner, empty, ago]);
  });

  it.each([
    ['en', '99.87 % uptime', '99.87 %'],
    ['de', '99,87 % Verfügbarkeit', '99,87 %'],
  ] as const)('writes uptime in %s with its decimal separator', (language, uptime, month) => {
    const t = messages(language);
    expect([t.uptime('99.87'), t.monthUptime('99.87')]).toEqual([uptime, month]);
  });

  it.each([
    ['en', 1, 7, '1 of 7 components had an outage.'],
    ['en', 1, 1, '1 of 1 component had an outage.'],
    ['en', 2, 7, '2 of 7 components had an outage.'],
    ['de', 1, 7, '1 von 7 Komponenten hatte einen Ausfall.'],
    ['de', 1, 1, '1 von 1 Komponente hatte einen Ausfall.'],
    ['de', 2, 7, '2 von 7 Komponenten hatten einen Ausfall.'],
  ] as const)('%s: %i of %i components had an outage', (language, n, of, text) => {
    expect(messages(language).day.groupOutage(n, of)).toBe(text);
  });

  it('has every key in German that English has', () => {
    expect(Object.keys(messages('de')).sort()).toEqual(Object.keys(messages('en')).sort());
  });
});

describe('dates', () => {
  const at = new Date('2026-11-28T12:58:00Z');
  it.each([
    ['en', '28 Nov 2026', 'November 2026', '28 Nov 2026, 13:58 CET'],
    ['de', '28. Nov. 2026', 'November 2026', '28. Nov. 2026, 13:58 MEZ'],
  ] as const)('%s', (language, day, month, time) => {
    expect(formatDay('2026-11-28', language)).toBe(day);
    expect(formatMonth('2026-11', language)).toBe(month);
    expect(formatDateTime(at, 'Europe/Berlin', language)).toBe(time);
  });

  it('writes UTC for titles', () => {
    expect(formatUtc(at)).toBe('2026-11-28 12:58 UTC');
  });
});
