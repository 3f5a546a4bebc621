import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { sampleIncident, sampleSiteData } from '../../tests/support/sample-site-data.ts';
import { feedEntryLimit } from './feed-entries.ts';
import { buildAtom, buildRss } from './feeds.ts';

const site = 'https://example.github.io/status/';
const incident = (id: string) => `${site}incidents/${id}/`;

const build = {
  rss: (componentId?: string) => buildRss(sampleSiteData(), componentId),
  atom: async (componentId?: string) => buildAtom(sampleSiteData(), componentId),
};

/** The element's text decoded once, as XML defines it (feed-parser's own fields decode entities twice). */
function rawText(
  element: { findElementWithName(name: string): { textContent: string } | null },
  name: string,
) {
  return element.findElementWithName(name)?.textContent ?? '';
}

describe.each([
  ['rss', undefined, `${site}history.rss`, 'Acme <Status>', 5],
  ['atom', undefined, `${site}history.atom`, 'Acme <Status>', 5],
  ['rss', 'dhl', `${site}components/dhl/history.rss`, 'Acme <Status>: DHL', 1],
  ['atom', 'shipping', `${site}components/shipping/history.atom`, 'Acme <Status>: Shipping', 3],
  ['atom', 'data', `${site}components/data/history.atom`, 'Acme <Status>: Data', 1],
] as const)('%s feed of %s', (format, componentId, self, title, count) => {
  it('has every required element', async () => {
    const xml = await build[format](componentId);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe(format);
    expect(feed.title).toBe(title);
    expect(feed.self).toBe(self);
    expect(feed.items).toHaveLength(count);
    if (format === 'atom') {
      expect(feed.element.findElementWithName('id')?.textContent).toBe(self);
      expect(feed.updated?.toISOString()).toBe(feed.items[0]!.updated!.toISOString());
    } else {
      expect(feed.url).toBe(componentId ? `${site}uptime/${componentId}/` : site);
      expect(feed.description).toBe('Acme & co services');
    }
    for (const item of feed.items) {
      expect(item.id).toMatch(new RegExp(`^${site}incidents/[a-z0-9-]+/$`));
      expect(item.url).toBe(item.id);
      expect(item.title).toMatch(
        /^\[(Investigating|Monitoring|Resolved|Scheduled|In progress|Completed)\] /,
      );
      expect(item.updated ?? item.published).toBeInstanceOf(Date);
    }
    const times = feed.items.map((item) => (item.updated ?? item.published)!.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe.each(['rss', 'atom'] as const)('%s entries', (format) => {
  it('names the state, keeps the id, and updates the time', async () => {
    const feed = parseFeed(await build[format]());
    const first = feed.items[0]!;
    expect(first.id).toBe(incident('2026-11-28-dhl-labels'));
    expect(first.title).toBe('[Monitoring] Delayed <script>alert(1)</script> labels');
    expect((first.updated ?? first.published)!.toISOString()).toBe('2026-11-28T11:30:00.000Z');
    expect(feed.items.map((item) => item.title)).toEqual([
      '[Monitoring] Delayed <script>alert(1)</script> labels',
      '[In progress] Website move',
      '[Scheduled] Database upgrade',
      '[Resolved] Website down',
      '[Completed] DPD switch',
    ]);
  });

  it('holds all updates newest first, with status and time in the page zone', async () => {
    const feed = parseFeed(await build[format]());
    const item = feed.items[0]!;
    const html = rawText(item.element, format === 'rss' ? 'description' : 'content');
    const labels = [
      ...html.matchAll(/<strong>([^<]+)<\/strong> · <time datetime="([^"]+)">([^<]+)<\/time>/g),
    ];
    expect(labels.map((m) => [m[1], m[2], m[3]])).toEqual([
      ['Monitoring', '2026-11-28T11:30:00.000Z', '28 Nov 2026, 12:30 CET'],
      ['Update', '2026-11-28T11:00:00.000Z', '28 Nov 2026, 12:00 CET'],
      ['Investigating', '2026-11-28T10:00:00.000Z', '28 Nov 2026, 11:00 CET'],
    ]);
    expect(html).toContain('<p><strong>Affected:</strong> DHL</p>');
    expect(html).toContain('<p>A fix is live. &lt;b&gt;bold&lt;/b&gt; &amp; more</p>');
  });

  it('escapes markup in titles and updates, never injects it', async () => {
    const xml = await build[format]();
    const feed = parseFeed(xml);
    const item = feed.items[0]!;
    const html = rawText(item.element, format === 'rss' ? 'description' : 'content');
    const titleHtml = rawText(item.element, 'title');
    expect(html).not.toMatch(/<script|<b>/);
    // Atom titles are type="html": the markup must arrive escaped inside the HTML.
    if (format === 'atom') expect(titleHtml).toContain('&lt;script&gt;');
    else expect(titleHtml).toBe('[Monitoring] Delayed <script>alert(1)</script> labels');
    expect(xml).not.toMatch(/<script|<b>/);
  });

  it('shows the maintenance window', async () => {
    const feed = parseFeed(await build[format]());
    const html = rawText(feed.items[2]!.element, format === 'rss' ? 'description' : 'content');
    expect(html).toMatch(
      /^<p><strong>Scheduled for:<\/strong> <time datetime="2026-12-05T22:00:00.000Z">5 Dec 2026, 23:00 CET<\/time> – <time datetime="2026-12-06T02:00:00.000Z">6 Dec 2026, 03:00 CET<\/time><\/p>/,
    );
  });

  it('never shows a draft, and keeps the 50 most recent', async () => {
    const data = sampleSiteData();
    for (let n = 0; n < 60; n++) {
      const at = new Date(Date.UTC(2026, 9, 1, 0, n)).toISOString();
      data.incidents.push(
        sampleIncident({
          id: `old-${n}`,
          title: `Old ${n}`,
          draft: n === 59,
          components: { dhl: 'major_outage' },
          updates: [['resolved', at, 'Fixed.']],
        }),
      );
    }
    const feed = parseFeed(format === 'rss' ? await buildRss(data) : buildAtom(data));
    expect(feed.items).toHaveLength(feedEntryLimit);
    const titles = feed.items.map((item) => item.title);
    expect(titles).not.toContain('[Resolved] Old 59');
    // 5 sample entries and the 45 newest of Old 0–58.
    expect(titles.at(-1)).toBe('[Resolved] Old 14');
  });
});

describe('feeds', () => {
  it('refuses an unknown component', () =>
    expect(() => buildAtom(sampleSiteData(), 'nope')).toThrow('"nope"'));
  it('builds a valid empty feed', async () => {
    const data = sampleSiteData('https://status.example.com');
    data.incidents = [];
    for (const xml of [await buildRss(data), buildAtom(data)]) {
      const feed = parseFeed(xml);
      expect(feed.items).toEqual([]);
      expect(feed.self).toMatch(/^https:\/\/status\.example\.com\/history\.(rss|atom)$/);
    }
  });
  it('writes German labels for a German page', async () => {
    const data = sampleSiteData();
    data.config.site.language = 'de';
    expect(parseFeed(buildAtom(data)).items[0]!.title).toBe(
      '[Beobachtung] Delayed <script>alert(1)</script> labels',
    );
  });
});
