import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Local HTTP targets, one server (and port) each, as a real fleet of services would be. */
export interface Targets {
  /** One URL per target. */
  urls: string[];
  /** Milliseconds each target waits before answering; may be changed between runs. */
  delayMs: number;
  /** Stops every server. */
  close(): Promise<void>;
}

/** Starts `count` HTTP servers on 127.0.0.1 that answer 200 "ok" after `delayMs`. */
export async function startTargets(count: number, delayMs: number): Promise<Targets> {
  const servers: Server[] = [];
  const targets: Targets = { urls: [], delayMs, close: async () => {} };
  for (let i = 0; i < count; i++) {
    const server = createServer((request, response) => {
      request.resume();
      setTimeout(() => response.end('ok'), targets.delayMs);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    targets.urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/health`);
  }
  targets.close = async () => {
    await Promise.all(
      servers.map((server) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    );
  };
  return targets;
}

/** A status.config.yaml whose components are the targets (one group-less component each). */
export function targetsConfig(urls: string[], concurrency: number): string {
  const components = urls.map(
    (url, i) => `  - { id: t${i}, name: Target ${i}, check: { url: '${url}' } }`,
  );
  return [
    'site: { title: Bench, url: http://localhost/, timezone: UTC }',
    `probe: { concurrency: ${concurrency} }`,
    'components:',
    ...components,
    '',
  ].join('\n');
}
