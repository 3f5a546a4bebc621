import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, fixtureSites } from '../support/browser.ts';

let browser: Browser;
let page: Page;
const site = () => fixtureSites().plain;

beforeAll(async () => {
  browser = await connectBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto(site().url);
});
afterAll(() => browser.close());

const rowStatus = (name: string) =>
  page
    .locator('.row', { has: page.locator(`.name:text-is("${name}")`) })
    .first()
    .locator('.st');

describe('home page', () => {
  it('shows the banner, then the open incident, then maintenance in progress', async () => {
    expect(await page.locator('h1.banner').textContent()).toBe('Partial System Outage');
    const order = await page.locator('main > section > h2').allTextContents();
    expect(order.slice(0, 3)).toEqual([
      'Current incidents',
      'Maintenance in progress',
      'Scheduled maintenance',
    ]);
    expect(await page.locator('#active h3').allTextContents()).toEqual([
      'DHL labels cannot be created',
    ]);
    expect(await page.locator('#active .label').allTextContents()).toEqual(['Identified']);
    expect(await page.locator('#upcoming h3').allTextContents()).toEqual([
      'Maintenance of the sign-in service',
    ]);
  });

  it.each([
    ['E-Commerce Service', 'Operational'],
    ['Shipping API', 'Operational'],
    ['DHL', 'Major Outage'],
    ['DPD', 'Operational'],
    ['GLS Server 3', 'Operational'],
    ['Replication API', 'Under Maintenance'],
    ['GraphQL API', 'Operational'],
    ['Identity API', 'Operational'],
    ['microtech App Registration and Manage Website', 'Operational'],
  ])('shows %s as %s in words', async (name, status) => {
    expect(await rowStatus(name).textContent()).toBe(status);
  });

  it('renders every group with all its components and a 90-day bar each', async () => {
    const groups = await page.locator('button.toggle').allTextContents();
    expect(groups.map((g) => g.trim())).toEqual([
      'Shipping Services',
      'Data Services',
      'Authentication Services',
      'microtech Websites',
    ]);
    expect(await page.locator('.children > li').count()).toBe(15);
    expect(await page.locator('.bar').count()).toBe(20);
    expect(await page.locator('.bar').first().locator('i').count()).toBe(90);
  });

  it('opens groups with trouble and closes calm ones', async () => {
    const expanded = await page
      .locator('button.toggle')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-expanded')));
    expect(expanded).toEqual(['true', 'true', 'false', 'false']);
    expect(await page.locator('#g-auth').isVisible()).toBe(false);
  });

  it('expands and collapses a group by mouse and by keyboard', async () => {
    const button = page.locator('button[aria-controls="g-auth"]');
    await button.click();
    expect([
      await button.getAttribute('aria-expanded'),
      await page.locator('#g-auth').isVisible(),
    ]).toEqual(['true', true]);
    await button.focus();
    await page.keyboard.press('Enter');
    expect([
      await button.getAttribute('aria-expanded'),
      await page.locator('#g-auth').isVisible(),
    ]).toEqual(['false', false]);
    await page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows a day tooltip on hover, with the incident as a link', async () => {
    const today = page
      .locator('.row', { has: page.locator('.name:text-is("DHL")') })
      .locator('.bar i')
      .last();
    await today.hover();
    const tip = page.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.locator('b').textContent()).toBe('28 Nov 2026');
    expect(await tip.locator('p').first().textContent()).toMatch(/^Major outage \d+ mins?$/);
    expect(await tip.locator('a').first().textContent()).toBe('DHL labels cannot be created');
    expect(await tip.locator('a').first().getAttribute('href')).toBe(
      '/incidents/2026-11-28-dhl-outage/',
    );
    const box = (await tip.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= 1280).toBe(true);
  });

  it('shows the tooltip on keyboard focus and moves with the arrow keys', async () => {
    const bar = page
      .locator('.row', { has: page.locator('.name:text-is("GLS Server 2")') })
      .locator('.bar');
    await bar.focus();
    const tip = page.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.locator('b').textContent()).toBe('28 Nov 2026');
    expect(await tip.locator('p').first().textContent()).toMatch(/^Partial outage 4\d mins$/);
    await page.keyboard.press('ArrowLeft');
    expect(await tip.locator('b').textContent()).toBe('27 Nov 2026');
    // Screen readers hear the chosen day through a live region.
    const said = page.locator('[aria-live="polite"]');
    const shown = await tip.locator('b, p, li').allTextContents();
    expect([shown[0], await said.textContent()]).toEqual(['27 Nov 2026', shown.join(' ')]);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
  });

  it('shows the description of a group and of a component on focus', async () => {
    const info = (name: string) =>
      page
        .locator('.row-top', { has: page.locator(`.name:has-text("${name}")`) })
        .first()
        .locator('.info');
    const said: string[] = [];
    for (const name of ['Shipping Services', 'DHL']) {
      await info(name).focus();
      said.push((await page.locator('#tip').textContent()) ?? '');
    }
    expect(said).toEqual([
      "The carriers' interfaces within the microtech API.",
      "DHL's external API.",
    ]);
  });

  it('says how many components of a group had an outage', async () => {
    const groupToday = page.locator('li.group').first().locator('.bar').first().locator('i').last();
    await groupToday.hover();
    expect(await page.locator('#tip p').first().textContent()).toMatch(
      /^\d of 7 components had an outage\.$/,
    );
  });

  it('marks the manual component with its note', async () => {
    const dpd = page.locator('.row', { has: page.locator('.name:text-is("DPD")') });
    expect(await dpd.locator('.manual').textContent()).toBe(
      'Set by hand: DPD is not checked automatically yet; the status shown is static and changes only with an incident.',
    );
  });

  it('lists 15 days of past incidents with a history link', async () => {
    const days = page.locator('#past .day');
    expect(await days.count()).toBe(15);
    expect(await days.first().locator('h4').allTextContents()).toEqual([
      'Replication database upgrade',
      'DHL labels cannot be created',
    ]);
    expect(await days.nth(1).textContent()).toContain('No incidents reported.');
    expect(await page.locator('#past a.more').getAttribute('href')).toBe('/history/');
  });

  it('shows times with UTC in the title and the demo notice', async () => {
    const time = page.locator('#active time').first();
    expect(await time.getAttribute('title')).toBe('2026-11-28 11:10 UTC');
    expect(await page.locator('.notice').textContent()).toBe(
      'This is a demo: the data is simulated.',
    );
  });

  it.each([
    [
      "the visitor's zone with JavaScript",
      { timezoneId: 'Asia/Tokyo' },
      '28 Nov 2026, 20:10 GMT+9',
      'Times in Asia/Tokyo',
    ],
    [
      "the page's zone without",
      { timezoneId: 'Asia/Tokyo', javaScriptEnabled: false },
      '28 Nov 2026, 12:10 CET',
      'Times in Europe/Berlin',
    ],
  ])('shows times in %s, and the footer names that zone', async (_, options, text, zone) => {
    const context = await browser.newContext(options);
    const other = await context.newPage();
    await other.goto(site().url);
    expect(await other.locator('#active time').first().textContent()).toBe(text);
    expect(await other.locator('footer > span').textContent()).toBe(zone);
    await context.close();
  });

  it('keeps every group open without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const other = await context.newPage();
    await other.goto(site().url);
    expect(await other.locator('#g-auth').isVisible()).toBe(true);
    expect(await other.locator('.bar i').first().getAttribute('title')).toMatch(
      /^\d+ \w{3} 2026\n/,
    );
    await context.close();
  });

  it('shows 30 days on a phone', async () => {
    const phone = await (
      await browser.newContext({ viewport: { width: 320, height: 700 } })
    ).newPage();
    await phone.goto(site().url);
    const visible = await phone
      .locator('.bar')
      .first()
      .locator('i')
      .evaluateAll((cells) => cells.filter((c) => (c as HTMLElement).offsetWidth > 0).length);
    expect([visible, await phone.locator('.legend .d30').first().isVisible()]).toEqual([30, true]);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    // A tap on the last day at the right edge opens the tooltip inside the viewport.
    await phone.locator('.bar').first().locator('i').last().click();
    const box = (await phone.locator('#tip').boundingBox())!;
    expect([box.x >= 0, box.x + box.width <= 320]).toEqual([true, true]);
    await phone.context().close();
  });
});
