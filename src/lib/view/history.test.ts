import { describe, expect, it } from 'vitest';
import { fakeIncident, fakeSiteData } from '../../../tests/support/site-data.ts';
import { historyPages, historyPaths } from './history.ts';

const resolvedOn = (id: string, day: string) =>
  fakeIncident(id, {
    updates: [
      ['resolved', `${day}T11:00:00Z`],
      ['investigating', `${day}T10:00:00Z`],
    ],
  });

describe('historyPages', () => {
  it('pages months newest first, three a page, empty months included', () => {
    const data = fakeSiteData({
      incidents: [
        resolvedOn('a', '2026-11-02'),
        resolvedOn('b', '2026-07-15'),
        resolvedOn('c', '2026-04-01'),
      ],
    });
    const pages = historyPages(data);
    expect(pages.map((p) => p.months.map((m) => [m.month, m.incidents.length]))).toEqual([
      [
        ['2026-11', 1],
        ['2026-10', 0],
        ['2026-09', 0],
      ],
      [
        ['2026-08', 0],
        ['2026-07', 1],
        ['2026-06', 0],
      ],
      [
        ['2026-05', 0],
        ['2026-04', 1],
      ],
    ]);
    expect(pages.map((p) => [p.pager.newer, p.pager.older])).toEqual([
      [undefined, '/history/2/'],
      ['/history/', '/history/3/'],
      ['/history/2/', undefined],
    ]);
    expect(historyPaths(data).map((p) => p.params.page)).toEqual([undefined, '2', '3']);
  });

  it('has one page for a site without incidents', () => {
    expect(historyPages(fakeSiteData()).map((p) => p.months.map((m) => m.label))).toEqual([
      ['November 2026', 'October 2026', 'September 2026'],
    ]);
  });
});
