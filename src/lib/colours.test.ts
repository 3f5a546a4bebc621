import { describe, expect, it } from 'vitest';
import { downtimeColour } from './colours.ts';

describe('downtimeColour', () => {
  it.each([
    [0, '#229922'],
    [166, '#a0b116'],
    [1184, '#ffc40d'],
    [1454, '#f8a009'],
    [2437, '#de4f10'],
    [5708, '#c13737'],
    [86_400, '#c13737'],
  ])('anchor %s s → %s', (seconds, colour) => {
    expect(downtimeColour(seconds)).toBe(colour);
  });

  it.each([
    // Halfway between 0 s #229922 and 166 s #a0b116: (0x22+0xa0)/2 = 0x61, (0x99+0xb1)/2 = 0xa5, (0x22+0x16)/2 = 0x1c.
    [83, '#61a51c'],
    // Halfway between 1184 s #ffc40d and 1454 s #f8a009: fc, b2, 0b.
    [1319, '#fcb20b'],
  ])('between anchors: %s s → %s', (seconds, colour) => {
    expect(downtimeColour(seconds)).toBe(colour);
  });
});
