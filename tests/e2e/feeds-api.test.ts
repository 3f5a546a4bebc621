/**
 * The built site's machine-readable files (feeds, the Statuspage API, badges, the calendar), read from
 * the shared fixture build under /status/ and checked as feed readers, clients and calendars read them.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/domain/catalogue.ts';
import { loadConfig } from '../../src/lib/config.ts';
import { fixtureSites } from '../support/browser.ts';
import { endpointKeys, expectStatuspageBody } from '../support/statuspage-shapes.ts';

const fixture = fixtureSites().based;
const site = 'https://example.com/status/';
const catalogue = buildCatalogue(loadConfig(fixture.config).config);
/** Every component and group id, in page order (groups before their members). */
const ids = catalogue.entries.flatMap((e) =>
  e.kind === 'component' ? [e.component.id] : [e.group.id, ...e.group.components.map((c) => c.id)],
);
const nameOf = (id: string) =>
  (catalogue.groups.find((g) => g.id === id) ?? catalogue.components.find((c) => c.id === id))!
    .name;

/** Published incidents, newest update first, and the feeds (besides the page's) that hold them. */
const published: Array<[string, string[]]> = [
  ['2026-11-28-dhl-outage', ['dhl', 'shipping']],
  ['2026-11-28-replication-maintenance', ['replication-api', 'data']],
  ['2026-12-05-identity-maintenance', ['identity-api', 'auth']],
  ['2026-11-24-graphql-slow', ['graphql-api', 'data']],
  ['2026-10-07-website-down', ['website', 'websites']],
  ['2026-08-14-ups-errors', ['ups', 'shipping']],
  ['2026-06-03-notifier-delays', ['notifier-api', 'auth']],
  ['2026-04-21-ecommerce-outage', ['ecommerce']],
];

const read = (path: string) => readFile(join(fixture.outDir, path), 'utf8');
const json = async (path: string) => JSON.parse(await read(path)) as Record<string, unknown>;
/** Whether an absolute URL of the site is a file of the build. */
function built(url: string): boolean {
  if (!url.startsWith(site)) return false;
  const path = url.slice(site.length);
  return existsSync(
    join(fixture.outDir, path === '' || path.endsWith('/') ? `${path}index.html` : path),
  );
}

const feeds: Array<[string, 'rss' | 'atom', string | undefined]> = [
  ['history.rss', 'rss', undefined],
  ['history.atom', 'atom', undefined],
  ...ids.flatMap((id): Array<[string, 'rss' | 'atom', string]> => [
    [`components/${id}/history.rss`, 'rss', id],
    [`components/${id}/history.atom`, 'atom', id],
  ]),
];

describe.each(feeds)('%s', (path, format, id) => {
  it('has every required element, the right entries, and links that exist', async () => {
    const xml = await read(path);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe(format);
    expect(feed.title).toBe(
      id === undefined ? 'microtech Status' : `microtech Status: ${nameOf(id)}`,
    );
    expect(feed.self).toBe(`${site}${path}`);
    if (format === 'atom') {
      expect(feed.element.findElementWithName('id')?.textContent).toBe(`${site}${path}`);
      expect(feed.updated).toBeInstanceOf(Date);
    } else {
      expect(feed.description).toMatch(/\S/);
      expect(built(feed.url!)).toBe(true);
    }
    const expected = published.filter(([, feedIds]) => id === undefined || feedIds.includes(id));
    expect(feed.items.map((item) => item.id)).toEqual(
      expected.map(([incident]) => `${site}incidents/${incident}/`),
    );
    for (const item of feed.items) {
      expect(item.title).toMatch(/^\[(Identified|In progress|Scheduled|Resolved)\] \S/);
      expect(item.url).toBe(item.id);
      expect((item.updated ?? item.published)!.getTime()).toBeGreaterThan(0);
      expect(built(item.url!)).toBe(true);
    }
    expect(xml).not.toMatch(/<script/i);
  });
});

describe('feed content', () => {
  it.each(['history.rss', 'history.atom'])(
    '%s holds every update, newest first, with its time',
    async (path) => {
      const item = parseFeed(await read(path)).items[0]!;
      expect(item.title).toBe('[Identified] DHL labels cannot be created');
      const html = item.element.findElementWithName(
        path.endsWith('rss') ? 'description' : 'content',
      )!.textContent;
      const labels = [
        ...html.matchAll(/<strong>([^<]+)<\/strong> · <time datetime="([^"]+)">([^<]+)<\/time>/g),
      ];
      expect(labels.map((m) => [m[1], m[2], m[3]])).toEqual([
        ['Identified', '2026-11-28T11:10:00.000Z', '28 Nov 2026, 12:10 CET'],
        ['Investigating', '2026-11-28T10:40:00.000Z', '28 Nov 2026, 11:40 CET'],
      ]);
      expect(html).toContain(
        '<p>Creating DHL labels from büro+ fails with &quot;Carrier not reachable&quot;.</p>',
      );
    },
  );
});

describe('Statuspage API', () => {
  it.each(Object.keys(endpointKeys) as Array<keyof typeof endpointKeys>)('%s', async (endpoint) => {
    const body = await json(`api/v2/${endpoint}`);
    expectStatuspageBody(endpoint, body);
    expect(body['page']).toMatchObject({
      url: site,
      name: 'microtech Status',
      time_zone: 'Europe/Berlin',
    });
    for (const list of ['incidents', 'scheduled_maintenances']) {
      for (const incident of (body[list] ?? []) as Array<{ shortlink: string }>) {
        expect(built(incident.shortlink)).toBe(true);
      }
    }
  });

  it.each([
    [
      'incidents.json',
      'incidents',
      [
        '2026-11-28-dhl-outage identified',
        '2026-11-24-graphql-slow resolved',
        '2026-10-07-website-down resolved',
        '2026-08-14-ups-errors resolved',
        '2026-06-03-notifier-delays resolved',
        '2026-04-21-ecommerce-outage resolved',
      ],
    ],
    ['incidents/unresolved.json', 'incidents', ['2026-11-28-dhl-outage identified']],
    [
      'scheduled-maintenances.json',
      'scheduled_maintenances',
      [
        '2026-12-05-identity-maintenance scheduled',
        '2026-11-28-replication-maintenance in_progress',
      ],
    ],
    [
      'scheduled-maintenances/upcoming.json',
      'scheduled_maintenances',
      ['2026-12-05-identity-maintenance scheduled'],
    ],
    [
      'scheduled-maintenances/active.json',
      'scheduled_maintenances',
      ['2026-11-28-replication-maintenance in_progress'],
    ],
    [
      'summary.json',
      'scheduled_maintenances',
      [
        '2026-11-28-replication-maintenance in_progress',
        '2026-12-05-identity-maintenance scheduled',
      ],
    ],
  ])('%s lists %s', async (path, list, expected) => {
    const entries = (await json(`api/v2/${path}`))[list] as Array<{ id: string; status: string }>;
    expect(entries.map((i) => `${i.id} ${i.status}`)).toEqual(expected);
  });

  it('lists every component and group, with the current statuses', async () => {
    const components = (await json('api/v2/components.json'))['components'] as Array<{
      id: string;
      status: string;
    }>;
    expect(components.map((c) => c.id)).toEqual(ids);
    const status = Object.fromEntries(components.map((c) => [c.id, c.status]));
    expect([status['dhl'], status['shipping'], status['replication-api']]).toEqual([
      'major_outage',
      'major_outage',
      'under_maintenance',
    ]);
  });
});

describe('badges', () => {
  it.each(ids)('%s', async (id) => {
    const status = await json(`api/badges/${id}/status.json`);
    const uptime = await json(`api/badges/${id}/uptime.json`);
    expect(status).toMatchObject({ schemaVersion: 1, label: nameOf(id) });
    expect(uptime).toMatchObject({ schemaVersion: 1, label: `${nameOf(id)} Uptime` });
    expect([
      'Operational',
      'Degraded Performance',
      'Partial Outage',
      'Major Outage',
      'Under Maintenance',
    ]).toContain(status['message']);
    expect(uptime['message']).toMatch(/^(\d{1,3}\.\d\d%|No data)$/);
    for (const badge of [status, uptime]) {
      expect(Object.keys(badge).sort()).toEqual([
        'cacheSeconds',
        'color',
        'label',
        'message',
        'schemaVersion',
      ]);
    }
  });
});

describe('maintenance.ics', () => {
  it('holds the scheduled and in-progress maintenance with stable UIDs, UTC times and links', async () => {
    const text = await read('maintenance.ics');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*\r\nEND:VCALENDAR$/);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    const events = [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)\r\nEND:VEVENT/g)].map((m) =>
      Object.fromEntries(
        m[1]!
          .split('\r\n')
          .map((line) => [line.split(/[;:]/)[0], line.slice(line.indexOf(':') + 1)]),
      ),
    );
    expect(events.map((e) => [e['UID'], e['DTSTART'], e['DTEND'], e['SUMMARY']])).toEqual([
      [
        '2026-11-28-replication-maintenance@example.com',
        '20261128T110000Z',
        '20261128T130000Z',
        'Replication database upgrade',
      ],
      [
        '2026-12-05-identity-maintenance@example.com',
        '20261205T200000Z',
        '20261205T210000Z',
        'Maintenance of the sign-in service',
      ],
    ]);
    for (const event of events) expect(built(event['URL']!)).toBe(true);
  });
});

describe('drafts and markup', () => {
  /** Every built file that people or programs read, with its text. */
  const outputs = async () => {
    const files = (await readdir(fixture.outDir, { recursive: true })).filter((f) =>
      /\.(html|rss|atom|json|ics)$/.test(f),
    );
    return Promise.all(files.map(async (file) => [file, await read(file)] as const));
  };

  it('never publishes a draft, on a page, in a feed, the API or the calendar', async () => {
    for (const [file, text] of await outputs()) {
      expect(text.includes('DRAFT-SENTINEL'), `${file} shows the draft`).toBe(false);
    }
    expect(existsSync(join(fixture.outDir, 'incidents/2026-11-27-draft-notice'))).toBe(false);
  });

  it('shows markup from titles and updates as text, never as markup', async () => {
    for (const [file, text] of await outputs()) {
      if (file.endsWith('.json')) continue; // JSON carries the title as data, escaped by JSON itself
      // Raw quotes around "title" can only survive unescaped where the title became markup: in a
      // text node or a quoted attribute they are written as &quot; or the tags as &lt;…&gt;.
      expect(text, file).not.toContain('<script>alert("title")');
      expect(text, file).not.toContain('<b>Raw markup');
    }
    const page = await read('incidents/2026-06-03-notifier-delays/index.html');
    expect(page).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; more');
    expect(page).toContain('&lt;b&gt;Raw markup&lt;/b&gt;');
    const api = (await json('api/v2/incidents.json'))['incidents'] as Array<{ name: string }>;
    expect(api.map((i) => i.name)).toContain(
      'Delayed shop notifications <script>alert("title")</script> & more',
    );
  });
});

describe('every page', () => {
  it('advertises the RSS and Atom feeds', async () => {
    const files = await readdir(fixture.outDir, { recursive: true });
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = await read(page);
      // Attribute values may hold ">": match quoted values whole.
      const links = [...html.matchAll(/<link\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map((m) =>
        Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
      );
      for (const [type, file] of [
        ['application/rss+xml', 'history.rss'],
        ['application/atom+xml', 'history.atom'],
      ]) {
        const link = links.find((l) => l['rel'] === 'alternate' && l['type'] === type);
        expect(link, `${page} has no ${type} autodiscovery link`).toBeDefined();
        expect(new URL(link!['href']!, site).href).toBe(`${site}${file}`);
      }
    }
  });
});
