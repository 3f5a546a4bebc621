import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, fixtureSites } from '../support/browser.ts';

let browser: Browser;
let page: Page;
const open = (path: string) => page.goto(new URL(path, fixtureSites().plain.url).href);

beforeAll(async () => {
  browser = await connectBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});
afterAll(() => browser.close());

describe('history', () => {
  it('pages months newest first, three a page', async () => {
    await open('history/');
    expect(await page.locator('.month h2').allTextContents()).toEqual([
      'November 2026',
      'October 2026',
      'September 2026',
    ]);
    await page.locator('a[rel="next"]').click();
    await page.waitForURL('**/history/2/');
    expect(await page.locator('.month h2').allTextContents()).toEqual([
      'August 2026',
      'July 2026',
      'June 2026',
    ]);
    expect(await page.locator('.month').nth(0).locator('h3').allTextContents()).toEqual([
      'UPS label errors',
    ]);
    await page.locator('a[rel="next"]').click();
    expect(await page.locator('.month h2').allTextContents()).toEqual(['May 2026', 'April 2026']);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
  });
});

describe('uptime', () => {
  it('offers every group and component and switches to the one chosen', async () => {
    await open('uptime/');
    await page.locator('.chooser summary').click();
    const choices = await page.locator('.chooser li').allTextContents();
    expect(choices).toHaveLength(20);
    expect(choices.slice(1, 4)).toEqual([
      'Shipping Services',
      'Shipping Services - Shipping API',
      'Shipping Services - DHL',
    ]);
    await page.locator('.chooser a', { hasText: 'Shipping Services - DHL' }).click();
    await page.waitForURL('**/uptime/dhl/');
    expect(await page.locator('h1').textContent()).toBe('Shipping Services - DHL');
    expect(await page.locator('.cal h2').allTextContents()).toEqual([
      'November 2026',
      'October 2026',
      'September 2026',
    ]);
    expect(await page.locator('.cal').first().locator('.meta').textContent()).toMatch(
      /^\d{2,3}\.\d{2} %$/,
    );
    await page.locator('.cal .grid').first().locator('i').last().hover();
    expect(await page.locator('#tip b').textContent()).toBe('28 Nov 2026');
    await page.locator('a[rel="next"]').click();
    await page.waitForURL('**/uptime/dhl/2/');
    expect(await page.locator('.cal h2').first().textContent()).toBe('August 2026');
  });
});

describe('metrics', () => {
  it('draws a chart per component for each period', async () => {
    await open('metrics/');
    for (const period of ['Last 24 hours', 'Last 7 days', 'Last 30 days']) {
      await page.locator('.periods button', { hasText: period }).click();
      expect(await page.locator('.periods [aria-pressed="true"]').textContent()).toBe(period);
      // Charts are drawn as they come into view: scroll through them all, then look.
      for (const canvas of await page.locator('canvas').all())
        await canvas.scrollIntoViewIfNeeded();
      const painted = () =>
        page.locator('canvas').evaluateAll((canvases) =>
          canvases.map((canvas) => {
            const { width, height } = canvas as HTMLCanvasElement;
            const pixels = (canvas as HTMLCanvasElement)
              .getContext('2d')!
              .getImageData(0, 0, width, height).data;
            return pixels.some((value, i) => i % 4 === 3 && value > 0);
          }),
        );
      await expect.poll(painted).toEqual(Array(15).fill(true));
      expect(await page.locator('.chart').first().locator('.meta.on').textContent()).toMatch(
        new RegExp(`^${period}: `),
      );
    }
  });

  it('says so when a component has no measurements in the period', async () => {
    const other = await (await browser.newContext()).newPage();
    // The fixture measures every component: take DHL's last 24 hours away.
    await other.route('**/metrics/data.json', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { series: { day: Record<string, unknown[]> } };
      data.series.day['dhl'] = [];
      await route.fulfill({ response, json: data });
    });
    await other.goto(new URL('metrics/', fixtureSites().plain.url).href);
    const shown = () =>
      other
        .locator('.chart p[data-empty]:visible')
        .evaluateAll((list) =>
          list.map((p) => `${p.getAttribute('data-empty')}: ${p.textContent?.trim()}`),
        );
    // The series arrive after the page (metrics/data.json): wait for the script to apply them.
    await expect.poll(shown).toEqual(['dhl: No measurements in this period.']);
    await other.locator('.periods button', { hasText: 'Last 7 days' }).click();
    await expect.poll(shown).toEqual([]);
    await other.context().close();
  });

  it('loads chart.js only on /metrics/', async () => {
    await open('');
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src));
    const sizes = await Promise.all(
      scripts.map(async (src) => (await (await fetch(src)).text()).length),
    );
    expect(sizes.every((size) => size < 20_000)).toBe(true);
  });
});

describe('long words on a 320 px screen', () => {
  // German titles ("Systemüberwachung") and incident titles can be one word wider than a phone.
  it.each(['metrics/', 'incidents/2026-11-28-dhl-outage/'])(
    '%s wraps its heading',
    async (path) => {
      const phone = await (
        await browser.newContext({ viewport: { width: 320, height: 700 } })
      ).newPage();
      await phone.goto(new URL(path, fixtureSites().plain.url).href);
      await phone.locator('h1').evaluate((h1) => {
        h1.textContent = 'Systemüberwachungsübersicht';
      });
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
      await phone.context().close();
    },
  );
});

describe('subscribe and 404', () => {
  it('lists the feeds, Slack, the calendar and per-component feeds, and no form', async () => {
    await open('subscribe/');
    expect(await page.locator('.subs code').allTextContents()).toEqual([
      'https://status.example.com/history.rss',
      'https://status.example.com/history.atom',
      '/feed subscribe https://status.example.com/history.rss',
      'https://status.example.com/maintenance.ics',
    ]);
    // Every group and component (20 in the catalogue), in page order: name, RSS, Atom.
    const rows = await page.locator('table tr').allTextContents();
    expect(rows).toHaveLength(20);
    expect(rows.slice(0, 3)).toEqual([
      'E-Commerce ServiceRSSAtom',
      'Shipping ServicesRSSAtom',
      'Shipping Services - Shipping APIRSSAtom',
    ]);
    expect(await page.locator('form').count()).toBe(0);
  });

  it('answers unknown pages with the 404 page', async () => {
    const response = await open('nope/');
    expect([response?.status(), await page.locator('h1').textContent()]).toEqual([
      404,
      'Page not found',
    ]);
  });
});
