/** /uptime/<id>/: month calendars of one component or group, three a page, with monthly uptime. */
import type { DaySummary, SiteData } from '../../domain/model.ts';
import { formatMonth } from '../i18n.ts';
import { siteUrls } from '../urls.ts';
import { addSeconds, emptySeconds, uptimePercent } from '../uptime.ts';
import { dayCell, type DayCell } from './days.ts';
import { componentName, incidentLinks, incidentTitles } from './incidents.ts';
import { chunk, pager, type PagerView } from './paging.ts';

/** One choice of the component chooser. */
export interface ChoiceView {
  id: string;
  /** "Shipping Services - DHL". */
  label: string;
  href: string;
  /** A group's component (indented in the list). */
  sub: boolean;
}

/** One month calendar. */
export interface MonthCalendarView {
  /** YYYY-MM. */
  month: string;
  label: string;
  /** "99.87" (truncated), null without covered time. */
  uptime: string | null;
  /** Leading blanks so the 1st sits under its weekday (Monday first). */
  offset: number;
  days: DayCell[];
}

/** One page of one component's calendars. */
export interface UptimePageView {
  id: string;
  name: string;
  months: MonthCalendarView[];
  pager: PagerView;
  choices: ChoiceView[];
  /** The Incidents and Uptime tabs. */
  tabs: { incidents: string; uptime: string };
  links: Record<string, [string, string]>;
}

/** Every group and component in page order, labelled like the seed ("Shipping Services - DHL"). */
export function uptimeChoices(data: SiteData): ChoiceView[] {
  const urls = siteUrls(data.config.site.url);
  const ids = data.catalogue.entries.flatMap((entry) =>
    entry.kind === 'group'
      ? [entry.group.id, ...entry.group.components.map((c) => c.id)]
      : [entry.component.id],
  );
  return ids.map((id) => ({
    id,
    label: componentName(data.catalogue, id, true),
    href: urls.uptime(id),
    sub: data.catalogue.components.some((c) => c.id === id && c.groupId !== undefined),
  }));
}

/** Uptime of several days, truncated like the bars' ("99.87"); null without covered time. */
export function uptimeOf(days: DaySummary[]): string | null {
  return uptimePercent(days.reduce((sum, day) => addSeconds(sum, day.seconds), emptySeconds()));
}

/** Every page of every group and component. */
export function uptimePages(data: SiteData): UptimePageView[] {
  const { language, url } = data.config.site;
  const urls = siteUrls(url);
  const titles = incidentTitles(data);
  const choices = uptimeChoices(data);
  return choices.flatMap(({ id }) => {
    const days = data.history.get(id) ?? [];
    const group = data.catalogue.groups.find((g) => g.id === id);
    const byMonth = new Map<string, DaySummary[]>();
    for (const day of days)
      byMonth.set(day.date.slice(0, 7), [...(byMonth.get(day.date.slice(0, 7)) ?? []), day]);
    const months = [...byMonth.keys()].sort().reverse();
    const pages = chunk(months);
    return pages.map((monthsOfPage, index) => {
      const calendars = monthsOfPage.map((month) => {
        const list = byMonth.get(month) ?? [];
        const first = new Date(`${month}-01T00:00:00Z`);
        const lead = (first.getUTCDay() + 6) % 7;
        const firstDay = Number(list[0]?.date.slice(8) ?? 1) - 1;
        return {
          month,
          label: formatMonth(month, language),
          uptime: uptimeOf(list),
          offset: lead + firstDay,
          days: list.map((day) =>
            dayCell(day, { language, titles, groupSize: group?.components.length }),
          ),
        };
      });
      return {
        id,
        name: componentName(data.catalogue, id, true),
        months: calendars,
        pager: pager(index + 1, pages.length, (page) => urls.uptime(id, page)),
        choices,
        tabs: { incidents: urls.history(), uptime: urls.uptime() },
        links: incidentLinks(
          data,
          calendars.flatMap((m) => m.days.flatMap((d) => d.incidents)),
        ),
      };
    });
  });
}

/** getStaticPaths of /uptime/[...path]: /uptime/ (first entry), /uptime/<id>/, /uptime/<id>/<page>/. */
export function uptimePaths(data: SiteData) {
  const pages = uptimePages(data);
  const first = pages[0];
  const routes = pages.map((view) => ({
    params: { path: view.pager.page === 1 ? view.id : `${view.id}/${view.pager.page}` },
    props: { view },
  }));
  return first ? [{ params: { path: undefined }, props: { view: first } }, ...routes] : routes;
}
