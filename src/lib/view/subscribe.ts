/** /subscribe/: every way to follow the page that works today. */
import type { SiteData } from '../../domain/model.ts';
import { siteUrls } from '../urls.ts';

/** The feeds of a component or group. */
export interface ComponentFeedsView {
  name: string;
  rss: string;
  atom: string;
}

/** What /subscribe/ shows; `absolute` values are for copying into other tools. */
export interface SubscribeView {
  rss: { href: string; absolute: string };
  atom: { href: string; absolute: string };
  /** `/feed subscribe https://…/history.rss`. */
  slackCommand: string;
  calendar: { href: string; absolute: string; webcal: string };
  components: ComponentFeedsView[];
}

/** The subscribe page's data. */
export function subscribeView(data: SiteData): SubscribeView {
  const urls = siteUrls(data.config.site.url);
  const both = (href: string) => ({ href, absolute: urls.absolute(href) });
  const calendar = both(urls.calendar());
  return {
    rss: both(urls.feed('rss')),
    atom: both(urls.feed('atom')),
    slackCommand: `/feed subscribe ${urls.absolute(urls.feed('rss'))}`,
    calendar: { ...calendar, webcal: calendar.absolute.replace(/^https?:/, 'webcal:') },
    // Page order, groups first ("Shipping Services", then "Shipping Services - DHL", …).
    components: data.catalogue.entries.flatMap((entry) => {
      const feeds = (id: string, name: string) => ({
        name,
        rss: urls.feed('rss', id),
        atom: urls.feed('atom', id),
      });
      if (entry.kind === 'component') return [feeds(entry.component.id, entry.component.name)];
      const { group } = entry;
      return [
        feeds(group.id, group.name),
        ...group.components.map((c) => feeds(c.id, `${group.name} - ${c.name}`)),
      ];
    }),
  };
}
