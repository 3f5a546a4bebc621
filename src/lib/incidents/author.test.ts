import { describe, expect, it } from 'vitest';
import { addUpdateText } from './author.ts';

const file = `---
title: DHL labels fail
impact: major
components: [dhl]
---

## Investigating · 2026-11-20 12:58

Label requests fail.
`;

describe('addUpdateText', () => {
  it.each([
    { at: '2026-11-20T12:40:00Z', heading: '## Monitoring · 2026-11-20 13:40' },
    // Same minute as the update below: the seconds keep the two apart (and in order).
    { at: '2026-11-20T11:58:27Z', heading: '## Monitoring · 2026-11-20 12:58:27' },
  ])('puts the update on top as "$heading"', ({ at, heading }) => {
    const text = addUpdateText(
      file,
      'monitoring',
      'A fix is in place.',
      new Date(at),
      'Europe/Berlin',
    );
    expect(text).toBe(
      file.replace('## Investigating', `${heading}\n\nA fix is in place.\n\n## Investigating`),
    );
  });
});
