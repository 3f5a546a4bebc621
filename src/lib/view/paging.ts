/** Splitting months into pages, newest first, three a page. */

/** Months per page on /history/ and /uptime/<id>/. */
export const monthsPerPage = 3;

/** Links between pages. */
export interface PagerView {
  /** 1-based. */
  page: number;
  pages: number;
  /** Href of the newer page (page − 1), if any. */
  newer: string | undefined;
  /** Href of the older page (page + 1), if any. */
  older: string | undefined;
}

/** Every month (YYYY-MM) from `newest` back to `oldest`, newest first. */
export function monthsBetween(newest: string, oldest: string): string[] {
  const months: string[] = [];
  let [year, month] = newest.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const value = `${year}-${String(month).padStart(2, '0')}`;
    months.push(value);
    if (value <= oldest) break;
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return months;
}

/** The month (YYYY-MM) `count` months after `month` (negative: before). */
export function addMonths(month: string, count: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const at = new Date(Date.UTC(year, index - 1 + count, 1));
  return at.toISOString().slice(0, 7);
}

/** `items` cut into pages of `size` (at least one page, maybe empty). */
export function chunk<T>(items: T[], size = monthsPerPage): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/** The pager of page `page` of `pages`, with hrefs from `href(page)`. */
export function pager(page: number, pages: number, href: (page: number) => string): PagerView {
  return {
    page,
    pages,
    newer: page > 1 ? href(page - 1) : undefined,
    older: page < pages ? href(page + 1) : undefined,
  };
}
