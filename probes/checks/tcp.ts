import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, rootCertificates, type TLSSocket } from 'node:tls';
import { toFailure } from '../failure.ts';
import type { AttemptOutcome } from './http.ts';
import { connectionTimings, markSocket, type SocketMarks } from './timings.ts';
import { tlsVerdict } from './tls-verdict.ts';

/** One TCP check: `tcp://host:port` connects, `tls://host:port` also completes a verified handshake. */
export interface TcpTarget {
  url: string;
  /** Milliseconds for DNS, connect and handshake together. */
  timeout: number;
  certExpiryDays: number;
  /** PEM text trusted in addition to the system's CAs. */
  ca: string | undefined;
}

/** Makes one attempt: connect (and handshake), then close. */
export async function checkTcp(
  target: TcpTarget,
  deps: { now: () => Date },
): Promise<AttemptOutcome> {
  const url = new URL(target.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port);
  const secure = url.protocol === 'tls:';
  const started = performance.now();
  const socket: Socket = secure
    ? tlsConnect({
        host,
        port,
        rejectUnauthorized: false,
        ...(isIP(host) === 0 ? { servername: host } : {}),
        ...(target.ca ? { ca: [...rootCertificates, target.ca] } : {}),
      })
    : netConnect({ host, port });
  const marks = markSocket(socket);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new TimeoutAt(marks)), target.timeout);
      socket.once(secure ? 'secureConnect' : 'connect', () => (clearTimeout(timer), resolve()));
      socket.on('error', (error) => (clearTimeout(timer), reject(error)));
    });
    const warning = secure
      ? tlsVerdict(socket as TLSSocket, host, target.certExpiryDays, deps.now())
      : undefined;
    return {
      latency: Math.round(performance.now() - started),
      timings: connectionTimings(started, marks, secure),
      ...(warning ? { warning } : {}),
    };
  } catch (error) {
    const failure =
      error instanceof TimeoutAt
        ? { kind: 'timeout' as const, message: `timeout after ${target.timeout} ms ${error.phase}` }
        : toFailure(error);
    return { latency: null, failure };
  } finally {
    socket.destroy();
  }
}

class TimeoutAt extends Error {
  readonly phase: string;
  constructor(marks: SocketMarks) {
    super('timeout');
    this.phase =
      marks.connect !== undefined ? 'waiting for the TLS handshake' : 'waiting for the connection';
  }
}
