import { siteUrls } from '../../src/lib/urls.ts';
import type { Demo } from './prepare.ts';

/** Prints where the demo is served and what to look at. */
export function printGuide(demo: Demo, seconds: string, log = console.log): void {
  const { catalogue, config } = demo.loaded;
  const urls = siteUrls(config.site.url);
  const link = (path: string) => urls.absolute(path);
  const name = (id: string) => catalogue.components.find((c) => c.id === id)?.name ?? id;
  const names = (list: { name: string }[]) => list.map((c) => c.name).join(', ');
  log(`
Ready in ${seconds} s. The demo status page: ${link(urls.home())}

What to look at:
  • ${name(demo.roles.down)}: down (answers 503), with an open incident at the top of the page
  • ${name(demo.roles.slow)}: degraded performance (answers in 1.5 s; its threshold here is 1 s)
  • ${name(demo.roles.flapping)}: flapping (fails every other probe round; hover today's bar)
  • ${names(catalogue.components.filter((c) => c.check?.url.startsWith('tls:')))}: TLS checks, certificate from a CA made at start
  • ${names(catalogue.components.filter((c) => c.manual))}: manual, not probed; shows its note
  • Past incidents and a scheduled maintenance, dated around today: ${link(urls.history())}
  • Response times (chart.js): ${link(urls.metrics())}
  • Feeds: ${link(urls.feed('rss'))} and ${link(urls.feed('atom'))}
  • The Statuspage-compatible API: ${link(urls.api('summary.json'))}

Everything lives in ${demo.paths.root} (config, data, incidents, site); data/ and incidents/ are untouched.
Press Ctrl-C to stop.`);
}
