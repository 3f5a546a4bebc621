/** /history/: incidents by month, newest first, three months a page. */
import type { SiteData } from '../../domain/model.ts';
import { formatMonth } from '../i18n.ts';
import { siteUrls } from '../urls.ts';
import { incidentCard, type IncidentCardView } from './incidents.ts';
import { addMonths, chunk, monthsBetween, monthsPerPage, pager, type PagerView } from './paging.ts';
import { zonedDate } from '../zoned-days.ts';

/** One month of the history. */
export interface HistoryMonthView {
  /** YYYY-MM. */
  month: string;
  /** "November 2026". */
  label: string;
  incidents: IncidentCardView[];
}

/** One page of the history. */
export interface HistoryPageView {
  months: HistoryMonthView[];
  pager: PagerView;
  /** The Incidents and Uptime tabs. */
  tabs: { incidents: string; uptime: string };
}

/** Every history page; page 1 holds the current month and the two before, even when empty. */
export function historyPages(data: SiteData): HistoryPageView[] {
  const { timezone, language, url } = data.config.site;
  const monthOf = (at: Date) => zonedDate(at.getTime(), timezone).slice(0, 7);
  const past = data.incidents.filter((i) => !i.facts.upcoming);
  const current = monthOf(data.now);
  const oldest = past.reduce(
    (min, i) => {
      const month = monthOf(i.facts.startedAt);
      return month < min ? month : min;
    },
    addMonths(current, 1 - monthsPerPage),
  );
  const months = monthsBetween(current, oldest).map((month) => ({
    month,
    label: formatMonth(month, language),
    incidents: past
      .filter((i) => monthOf(i.facts.startedAt) === month)
      .map((i) => incidentCard(i, data)),
  }));
  const pages = chunk(months);
  const urls = siteUrls(url);
  return pages.map((monthsOfPage, index) => ({
    months: monthsOfPage,
    pager: pager(index + 1, pages.length, (page) => urls.history(page)),
    tabs: { incidents: urls.history(), uptime: urls.uptime() },
  }));
}

/** getStaticPaths of /history/[...page]: page 1 at /history/, then /history/2/, … */
export function historyPaths(data: SiteData) {
  return historyPages(data).map((view) => ({
    params: { page: view.pager.page === 1 ? undefined : String(view.pager.page) },
    props: { view },
  }));
}
