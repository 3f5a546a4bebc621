import { describe, expect, it } from 'vitest';
import { fakeDay } from '../../../tests/support/site-data.ts';
import { dayCell } from './days.ts';

const titles = new Map([['2026-11-20-dhl', 'DHL labels delayed']]);

describe('dayCell', () => {
  it.each([
    [
      'clean day',
      fakeDay('2026-11-20'),
      undefined,
      '20 Nov 2026\nNo downtime recorded on this day.',
    ],
    [
      'no data',
      fakeDay('2026-11-20', 'none'),
      undefined,
      '20 Nov 2026\nNo data exists for this day.',
    ],
    ['major', fakeDay('2026-11-20', [3900, 0]), undefined, '20 Nov 2026\nMajor outage 1 hr 5 mins'],
    [
      'both',
      fakeDay('2026-11-20', [60, 600]),
      undefined,
      '20 Nov 2026\nMajor outage 1 min\nPartial outage 10 mins',
    ],
    [
      'group',
      { ...fakeDay('2026-11-20', [60, 0]), componentsWithOutage: 2 },
      7,
      '20 Nov 2026\n2 of 7 components had an outage.',
    ],
    [
      'incident',
      fakeDay('2026-11-20', [0, 0], ['2026-11-20-dhl']),
      undefined,
      '20 Nov 2026\nNo downtime recorded on this day.\n• DHL labels delayed',
    ],
  ])('%s', (_, day, groupSize, title) => {
    expect(dayCell(day, { language: 'en', titles, groupSize }).title).toBe(title);
  });

  it('speaks German', () => {
    const cell = dayCell(fakeDay('2026-11-20', [3900, 0]), { language: 'de', titles });
    expect(cell.title).toBe('20. Nov. 2026\nAusfall 1 Std. 5 Min.');
  });
});
