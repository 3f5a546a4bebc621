/**
 * Screenshots of a built site, for looking at the design while working:
 *   npx node tests/support/screenshot.ts <dist> /,desktop /,mobile,dark /metrics/,desktop
 * Env: SHOTS (output dir, default /tmp), NOFULL (viewport only), SEL (one element), HOVER (a selector).
 */
import { chromium } from 'playwright-core';
import { chromiumOptions } from './browser.ts';
import { serveStatic } from './static-server.ts';

const [dir = 'dist', ...specs] = process.argv.slice(2);
const server = await serveStatic(dir, '/');
const browser = await chromium.launch(chromiumOptions);
for (const spec of specs) {
  const [path = '/', mode = 'desktop', scheme = 'light'] = spec.split(',');
  const viewport = mode === 'mobile' ? { width: 375, height: 800 } : { width: 1280, height: 900 };
  const context = await browser.newContext({
    viewport,
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log('pageerror', error.message));
  await page.goto(server.url + path.replace(/^\//, ''));
  if (process.env['HOVER']) await page.hover(process.env['HOVER']);
  const name = `${process.env['SHOTS'] ?? '/tmp'}/${path.replace(/\W+/g, '_')}-${mode}-${scheme}.png`;
  if (process.env['SEL']) await page.locator(process.env['SEL']).first().screenshot({ path: name });
  else await page.screenshot({ path: name, fullPage: !process.env['NOFULL'] });
  console.log(name);
  await context.close();
}
await browser.close();
await server.close();
