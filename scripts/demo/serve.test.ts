import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './serve.ts';

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'serve-'));
  await mkdir(join(root, 'metrics'));
  await writeFile(join(root, 'index.html'), 'home');
  await writeFile(join(root, 'metrics', 'index.html'), 'metrics');
  await writeFile(join(root, '404.html'), 'not here');
  await writeFile(join(root, 'history.rss'), '<rss/>');
  server = await serveStatic(root, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await rm(root, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it.each([
    ['/', 200, 'text/html; charset=utf-8', 'home'],
    ['/metrics/', 200, 'text/html; charset=utf-8', 'metrics'],
    ['/history.rss', 200, 'application/rss+xml; charset=utf-8', '<rss/>'],
    ['/nothing/', 404, 'text/html; charset=utf-8', 'not here'],
    ['/%E0%A4%A', 400, 'text/plain', 'Bad request'],
  ])('%s → %i %s', async (path, status, type, body) => {
    const response = await fetch(base + path);
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      status,
      type,
      body,
    ]);
  });

  it('never serves a file outside the site', async () => {
    // Encoded slashes survive URL parsing and only become ../ when decoded.
    const status = await new Promise<number | undefined>((resolve) =>
      request(
        {
          host: '127.0.0.1',
          port: new URL(base).port,
          path: '/..%2f..%2f..%2f..%2fetc%2fhostname',
        },
        (response) => resolve(response.resume().statusCode),
      ).end(),
    );
    expect(status).toBe(404);
  });

  it('redirects a directory without its slash, as static hosts do', async () => {
    const response = await fetch(`${base}/metrics`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([301, '/metrics/']);
  });

  it('says which option to use when the port is taken', async () => {
    const port = (server.address() as AddressInfo).port;
    await expect(serveStatic(root, port)).rejects.toThrow(
      `port ${port} is in use; choose another with --port`,
    );
  });
});
