import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one page costs a visitor, gzip-compressed as a static host serves it. */
export interface PageWeight {
  /** The page's path, like `/metrics/`. */
  page: string;
  /** HTML + CSS + JS, gzip bytes. */
  totalGzip: number;
  /** JS alone (script files and inline scripts), gzip bytes. */
  jsGzip: number;
  /** Whether chart.js is among its scripts. */
  chartJs: boolean;
}

/** The pages the budgets speak of; the first incident page stands for all of them. */
export function pagesOf(dist: string): string[] {
  const incidents = join(dist, 'incidents');
  const first = existsSync(incidents) ? readdirSync(incidents).sort()[0] : undefined;
  return [
    '/',
    ...(first ? [`/incidents/${first}/`] : []),
    '/history/',
    '/uptime/',
    '/metrics/',
    '/subscribe/',
  ].filter((page) => existsSync(join(dist, page, 'index.html')));
}

/** Weighs a page of a built site: its HTML and every stylesheet and script it loads (imports followed). */
export function pageWeight(dist: string, page: string): PageWeight {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*>/g)].map((m) =>
    attribute(m[0], 'href'),
  );
  const entryScripts = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="?modulepreload"?[^>]*>/g)].map((m) =>
      attribute(m[0], 'href'),
    ),
  ];
  const js = scriptsWithImports(dist, entryScripts.filter(Boolean) as string[]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join('');
  const fileGzip = (path: string) => gzip(readFileSync(join(dist, path)));
  const jsGzip =
    [...js].reduce((sum, path) => sum + fileGzip(path), 0) +
    (inline ? gzip(Buffer.from(inline)) : 0);
  const cssGzip = css.filter(Boolean).reduce((sum, path) => sum + fileGzip(path!), 0);
  const chartJs = [...js].some((path) =>
    readFileSync(join(dist, path), 'utf8').includes("can't acquire context"),
  );
  return {
    page,
    totalGzip: gzip(Buffer.from(html)) + cssGzip + [...js].reduce((s, p) => s + fileGzip(p), 0),
    jsGzip,
    chartJs,
  };
}

/** The scripts a page loads: the entries and, transitively, their static imports. */
function scriptsWithImports(dist: string, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(join(dist, path))) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      visit(m[1]!.startsWith('/') ? m[1]! : join(dirname(path), m[1]!));
    }
  };
  entries.forEach(visit);
  return seen;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
}

function gzip(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}
