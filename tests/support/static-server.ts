/** A tiny static file server for built sites, mounted under the site's base path. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A running server and its origin + base, like `http://127.0.0.1:41234/status/`. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` at `base` (like GitHub Pages: `x/` → `x/index.html`, unknown → 404.html with 404). */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(base) ? await find(dir, path.slice(base.length)) : undefined;
    const status = file ? 200 : 404;
    const body = file ?? (await find(dir, '404.html'));
    response.writeHead(status, {
      'content-type': types[extname(body ?? '.html')] ?? 'application/octet-stream',
    });
    if (body) createReadStream(body).pipe(response);
    else response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function find(dir: string, relative: string): Promise<string | undefined> {
  const path = normalize(join(dir, relative));
  if (!path.startsWith(dir)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}
