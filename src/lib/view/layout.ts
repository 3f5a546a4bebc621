/** What every page's frame shows: head, header, notice and footer. */
import type { SiteData } from '../../domain/model.ts';
import { messages, type Language, type Messages } from '../i18n.ts';
import { siteUrls, type SiteUrls } from '../urls.ts';

/** A link with its text. */
export interface LinkView {
  /** Visible text. */
  text: string;
  /** Site-relative href (from `siteUrls`). */
  href: string;
}

/** The page frame. */
export interface LayoutView {
  /** `<html lang>`. */
  language: Language;
  /** The page's UI text. */
  t: Messages;
  /** The page's `<title>`: "Page · Site" or the site title. */
  title: string;
  /** The site title (header). */
  siteTitle: string;
  /** Meta description. */
  description: string | undefined;
  /** The demo notice, when configured. */
  notice: string | undefined;
  /** The company's website. */
  homepage: string | undefined;
  /** Home link. */
  home: string;
  /** The "Subscribe to updates" link. */
  subscribe: string;
  /** Feed autodiscovery: RSS and Atom of the whole page. */
  feeds: { rss: string; atom: string };
  /** Footer links: feeds, API, calendar. */
  footer: LinkView[];
  /** The page's IANA zone (named in the footer). */
  timezone: string;
}

/** The frame of a page titled `title` (text or picked from the UI text; none for the home page). */
export function layoutView(data: SiteData, title?: string | ((t: Messages) => string)): LayoutView {
  const { site } = data.config;
  const t = messages(site.language);
  const pageTitle = typeof title === 'function' ? title(t) : title;
  const urls: SiteUrls = siteUrls(site.url);
  return {
    language: site.language,
    t,
    title: pageTitle ? `${pageTitle} · ${site.title}` : site.title,
    siteTitle: site.title,
    description: site.description,
    notice: site.notice,
    homepage: site.homepage,
    home: urls.home(),
    subscribe: urls.subscribe(),
    feeds: { rss: urls.feed('rss'), atom: urls.feed('atom') },
    footer: [
      { text: t.nav.history, href: urls.history() },
      { text: t.nav.uptime, href: urls.uptime() },
      { text: t.nav.metrics, href: urls.metrics() },
      { text: 'RSS', href: urls.feed('rss') },
      { text: 'Atom', href: urls.feed('atom') },
      { text: t.api, href: urls.api('summary.json') },
      { text: t.calendar, href: urls.calendar() },
    ],
    timezone: site.timezone,
  };
}
