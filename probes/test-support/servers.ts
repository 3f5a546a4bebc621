import { createServer as createHttp, type RequestListener } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { createServer as createNet, type Server, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { KeyPair } from './certs.ts';

/** A server listening on 127.0.0.1 at a random port; `close` also ends open connections. */
export interface TestServer {
  port: number;
  /** `http://127.0.0.1:port` (or https://, tcp://). */
  origin: string;
  close: () => Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1. */
export function startHttp(handler: RequestListener): Promise<TestServer> {
  return listen(createHttp(handler), 'http');
}

/** Starts an HTTPS server on 127.0.0.1 with the given certificate. */
export function startHttps(pair: KeyPair, handler: RequestListener): Promise<TestServer> {
  return listen(createHttps({ cert: pair.cert, key: pair.key }, handler), 'https');
}

/** Starts a raw TCP server: the test decides byte by byte what a client sees (stalls, garbage, resets). */
export function startRaw(onSocket: (socket: Socket) => void): Promise<TestServer> {
  return listen(createNet(onSocket), 'tcp');
}

/** A port where nothing listens (bound, then closed again). */
export async function freePort(): Promise<number> {
  const server = await startRaw(() => undefined);
  await server.close();
  return server.port;
}

/** Handlers for the faults the probe must classify. */
export const handlers = {
  /** Answers `status` with `body` after `ms`. */
  answer(
    status: number,
    body = 'ok',
    ms = 0,
    headers: Record<string, string> = {},
  ): RequestListener {
    return (_req, res) => {
      const timer = setTimeout(() => res.writeHead(status, headers).end(body), ms);
      res.on('close', () => clearTimeout(timer));
    };
  },
  /** Streams `total` bytes of "a" lazily, honouring back-pressure, so the server holds no body in memory. */
  hugeBody(total: number): RequestListener {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    return (_req, res) => {
      res.writeHead(200, { 'content-length': String(total), 'content-type': 'text/plain' });
      let sent = 0;
      const pump = () => {
        while (sent < total && !res.destroyed) {
          const part = total - sent >= chunk.length ? chunk : chunk.subarray(0, total - sent);
          sent += part.length;
          if (!res.write(part)) return void res.once('drain', pump);
        }
        if (sent >= total) res.end();
      };
      res.on('error', () => undefined);
      pump();
    };
  },
};

/** Raw socket behaviours. */
export const raw = {
  /** Accepts and never says a word. */
  silent: (_socket: Socket) => undefined,
  /** Sends headers and half a body, then nothing. */
  stallBody: (socket: Socket) => {
    socket.on('data', () =>
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nhalf a bo'),
    );
  },
  /** Sends bytes that are not HTTP. */
  garbage: (socket: Socket) => {
    socket.on('data', () => socket.end('SSH-2.0-OpenSSH_9.6\r\nthis is not HTTP\r\n\r\n'));
  },
  /** Sends headers and part of the body, then resets the connection (RST). */
  resetMidBody: (socket: Socket) => {
    socket.on('data', async () => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\nthe first part of the body');
      await delay(20);
      socket.resetAndDestroy();
    });
  },
};

async function listen(server: Server, scheme: string): Promise<TestServer> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  // TLS handshake failures (the probe rejecting our test certificate) are expected here.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    origin: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
