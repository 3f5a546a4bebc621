import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import type { Expect } from '../../src/domain/config.ts';
import { makeCertificates } from '../../probes/test-support/certs.ts';

/** How a stand-in answers. */
export type Behaviour = 'healthy' | 'slow' | 'flapping' | 'down' | 'tls';

/** One component the fleet stands in for. */
export interface StandIn {
  /** The component's id. */
  id: string;
  /** How it answers. */
  behaviour: Behaviour;
  /** The check's URL in the real config: its path and query are kept, its origin replaced. */
  url: string;
  /** What the real check expects, so a healthy answer passes it. */
  expect?: Partial<Expect> | undefined;
}

/** Timing knobs (milliseconds). */
export interface FleetOptions {
  /** How long the slow stand-in takes to answer. */
  slowMs: number;
}

/** Running stand-ins on 127.0.0.1. */
export interface Fleet {
  /** Component id → the URL its check should use now. */
  urls: Map<string, string>;
  /** The PEM of the CA that signed the TLS stand-ins' certificate. */
  caCert: string;
  /** Flips the flapping stand-ins between failing and passing (one probe round to the next). */
  advance(): void;
  /** Stops every server. */
  close(): Promise<void>;
}

/** Starts one server per stand-in on a free port of 127.0.0.1. */
export async function startFleet(standIns: StandIn[], options: FleetOptions): Promise<Fleet> {
  // A CA made now and a server certificate it signed for 127.0.0.1 (the probe tests' own helper).
  const { ca, valid } = makeCertificates();
  // The flapping stand-ins fail in odd phases; the first round sees them failing.
  const state = { phase: 1 };
  const servers: (Server | TlsServer)[] = [];
  const urls = new Map<string, string>();
  for (const standIn of standIns) {
    const server =
      standIn.behaviour === 'tls'
        ? createTlsServer({ cert: valid.cert, key: valid.key }, (socket) => socket.end())
        : createServer((request, response) =>
            answer(standIn, options, state.phase, request, response),
          );
    servers.push(server);
    const port = await listen(server);
    urls.set(standIn.id, rewriteOrigin(standIn.url, port));
  }
  return {
    urls,
    caCert: ca.cert,
    advance: () => void state.phase++,
    close: () => Promise.all(servers.map(closeServer)).then(() => undefined),
  };
}

/** The real check URL with its host and port replaced by 127.0.0.1:port (path, query and placeholders kept). */
export function rewriteOrigin(url: string, port: number): string {
  const scheme = /^([a-z]+):\/\//.exec(url)?.[1] ?? 'http';
  const rest = url.replace(/^[a-z]+:\/\/[^/?#]*/, '');
  return scheme === 'tls' || scheme === 'tcp'
    ? `${scheme}://127.0.0.1:${port}`
    : `http://127.0.0.1:${port}${rest || '/'}`;
}

/** A body and status that pass the check's conditions: the JSON value at its path, the text it must contain. */
export function healthyAnswer(expect: Partial<Expect> = {}): {
  status: number;
  type: string;
  body: string;
} {
  const status = expect.status?.[0] ?? 200;
  if (expect.json) {
    const root: Record<string, unknown> = {};
    const keys = expect.json.path.split('.');
    let node = root;
    keys.slice(0, -1).forEach((key) => (node = (node[key] = {}) as Record<string, unknown>));
    node[keys.at(-1)!] = expect.json.equals;
    return { status, type: 'application/json', body: JSON.stringify(root) };
  }
  const text = expect.bodyContains ?? 'ok';
  return {
    status,
    type: 'text/html; charset=utf-8',
    body: `<!doctype html><title>demo</title><p>${text}</p>`,
  };
}

function answer(
  standIn: StandIn,
  options: FleetOptions,
  phase: number,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  request.resume();
  const ok = () => {
    const { status, type, body } = healthyAnswer(standIn.expect);
    response.writeHead(status, { 'content-type': type }).end(body);
  };
  switch (standIn.behaviour) {
    case 'down':
      response.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    case 'flapping':
      if (phase % 2 === 1)
        response.writeHead(502, { 'content-type': 'text/plain' }).end('Bad Gateway');
      else ok();
      return;
    case 'slow':
      setTimeout(ok, options.slowMs);
      return;
    default:
      ok();
  }
}

function listen(server: Server | TlsServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function closeServer(server: Server | TlsServer): Promise<void> {
  if ('closeAllConnections' in server) server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
