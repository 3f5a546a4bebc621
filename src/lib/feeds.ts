/**
 * The incident feeds: RSS 2.0 (with @astrojs/rss) and Atom 1.0 (with `feed`), for the whole page or
 * one component or group. Entries come from feed-entries.ts, so both formats always say the same.
 */
import { getRssString } from '@astrojs/rss';
import { Feed } from 'feed';
import type { SiteData } from '../domain/model.ts';
import { escapeHtml, feedChannel } from './feed-entries.ts';

/** The RSS 2.0 document of the page's (no id) or one component's or group's incidents. */
export async function buildRss(data: SiteData, componentId?: string): Promise<string> {
  const channel = feedChannel(data, componentId);
  const self = channel.self('rss');
  return getRssString({
    title: channel.title,
    description: channel.description,
    site: channel.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // Entity-escaped here because @astrojs/rss parses customData as XML.
    customData: [
      `<language>${channel.language}</language>`,
      `<lastBuildDate>${channel.updated.toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    // @astrojs/rss escapes text itself: titles stay plain text, the HTML is escaped once as RSS expects.
    items: channel.entries.map((entry) => ({
      title: entry.title,
      link: entry.link,
      pubDate: entry.updated,
      description: entry.html,
    })),
  });
}

/** The Atom 1.0 document of the page's (no id) or one component's or group's incidents. */
export function buildAtom(data: SiteData, componentId?: string): string {
  const channel = feedChannel(data, componentId);
  const self = channel.self('atom');
  const feed = new Feed({
    id: self,
    title: channel.title,
    description: channel.description,
    link: channel.link,
    feedLinks: { atom: self },
    language: channel.language,
    updated: channel.updated,
    generator: false,
    author: { name: data.config.site.title, link: channel.link },
  });
  for (const entry of channel.entries) {
    // `feed` writes titles and summaries as type="html" CDATA: plain text must be escaped first.
    feed.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.link,
      date: entry.updated,
      published: entry.published,
      description: escapeHtml(entry.summary),
      content: cdataSafe(entry.html),
    });
  }
  return feed.atom1();
}

/** `]]>` would end the CDATA section early (`feed` splits only the first); in HTML text it equals `]]&gt;`. */
function cdataSafe(html: string): string {
  return html.replaceAll(']]>', ']]&gt;');
}
