import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a built site like a static host does: `/x/` → `/x/index.html`, unknown paths → `404.html`.
 * A few lines instead of `astro preview`, so the demo starts no second Vite and has nothing to crash.
 */
export async function serveStatic(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = decodedPath(request.url);
    if (path === undefined) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    if (!path.endsWith('/') && (await isDirectory(join(root, path)))) {
      response.writeHead(301, { location: `${path}/` }).end(); // as static hosts do, so relative links resolve
      return;
    }
    const file = await findFile(root, path);
    const status = file ? 200 : 404;
    const served = file ?? (await findFile(root, '/404.html'));
    if (!served) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(status, {
      'content-type': types[extname(served)] ?? 'application/octet-stream',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use; choose another with --port`)
          : error,
      ),
    );
    server.listen(port, host, resolve);
  });
  return server;
}

function decodedPath(url = '/'): string | undefined {
  try {
    return decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined; // a malformed %-escape
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

async function findFile(root: string, path: string): Promise<string | undefined> {
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined; // no ../ out of the site
  for (const candidate of [full, join(full, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}
