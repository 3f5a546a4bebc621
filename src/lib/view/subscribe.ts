/** /subscribe/: every way to follow the page that works today. */
import type { SiteData } from '../../domain/model.ts';
import { siteUrls } from '../urls.ts';

/** A component's feeds. */
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
    components: data.catalogue.components.map((component) => ({
      name: component.name,
      rss: urls.feed('rss', component.id),
      atom: urls.feed('atom', component.id),
    })),
  };
}
