import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, fixtureSites } from '../support/browser.ts';
import { htmlPages } from '../support/pages.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

describe('a build under /status/', () => {
  it('has every internal link, stylesheet, feed and script answer 200', async () => {
    const site = fixtureSites().based;
    const origin = new URL(site.url).origin;
    const pages = await htmlPages(site.outDir);
    const context = await browser.newContext();
    const page = await context.newPage();
    const targets = new Set<string>();
    for (const path of pages.filter((p) => p !== '404.html')) {
      const response = await page.goto(new URL(path, site.url).href);
      expect(response?.status(), path).toBe(200);
      const urls = await page.evaluate(() =>
        [...document.querySelectorAll('a[href], link[href], script[src]')].map(
          (el) => (el as HTMLAnchorElement).href || (el as HTMLScriptElement).src,
        ),
      );
      for (const url of urls) if (url.startsWith(origin)) targets.add(url.split('#')[0]!);
    }
    const broken: string[] = [];
    for (const url of targets) {
      const response = await fetch(url);
      if (response.status !== 200) broken.push(`${response.status} ${url}`);
      expect(new URL(url).pathname.startsWith('/status/'), url).toBe(true);
    }
    expect(broken).toEqual([]);
    expect(targets.size).toBeGreaterThan(60);
    await context.close();
  });
});
