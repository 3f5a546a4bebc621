import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, fixtureSites } from '../support/browser.ts';
import { htmlPages } from '../support/pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

// The uptime pages share one template: check a group's, a component's and a manual one's; every
// other page in light mode, and one page of each kind in dark mode (colours are what changes).
const uptimeSample = ['uptime/', 'uptime/shipping/', 'uptime/dpd/', 'uptime/dhl/2/'];
const kinds = [
  '',
  '404.html',
  'history/',
  'incidents/2026-11-28-dhl-outage/',
  'metrics/',
  'subscribe/',
  'uptime/dhl/',
];
const lightPages = async () =>
  (await htmlPages(fixtureSites().plain.outDir)).filter(
    (p) => !p.startsWith('uptime/') || uptimeSample.includes(p),
  );

describe.each([
  ['light', lightPages],
  ['dark', async () => kinds],
] as const)('axe in %s mode', (colorScheme, pages) => {
  it('finds nothing on the pages', async () => {
    const context = await browser.newContext({
      colorScheme,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of await pages()) {
      await page.goto(new URL(path, fixtureSites().plain.url).href);
      const result = await new AxeBuilder({ page }).analyze();
      for (const v of result.violations) {
        violations.push(
          `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')} ${v.nodes[0]?.failureSummary ?? ''}`,
        );
      }
    }
    expect(violations).toEqual([]);
    await context.close();
  }, 300_000);
});
