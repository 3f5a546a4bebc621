import { rootCertificates, TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';
import type { Timings } from '../../src/domain/result.ts';
import { connectionTimings, markSocket, type SocketMarks } from './timings.ts';
import { tlsVerdict } from './tls-verdict.ts';

/** What the connection of one attempt revealed: phase timings, a certificate warning, progress. */
export interface ConnectionLog {
  /** Phase durations of the newest connection, in milliseconds. */
  timings: Timings;
  /** A certificate expiring soon. */
  warning: string | undefined;
  /** Whether a connection is up (so a timeout was not spent connecting). */
  connected: boolean;
}

/** Options of the agent one attempt uses. */
export interface ProbeAgentOptions {
  /** Milliseconds the attempt may take (the connect timeout is a backstop behind it). */
  timeout: number;
  /** Warn when the certificate expires within this many days. */
  certExpiryDays: number;
  /** PEM text trusted in addition to the system's CAs. */
  ca: string | undefined;
  /** The clock used for certificate expiry. */
  now: () => Date;
}

/**
 * An undici agent for one attempt: fresh connections (so timings are real), TLS verified by
 * us (so an expired certificate can say when it expired), every connection logged.
 */
export function probeAgent(options: ProbeAgentOptions): { agent: Agent; log: ConnectionLog } {
  const log: ConnectionLog = { timings: {}, warning: undefined, connected: false };
  const base = buildConnector({
    rejectUnauthorized: false,
    ...(options.ca ? { ca: [...rootCertificates, options.ca] } : {}),
    allowH2: false,
    maxCachedSessions: 0,
    timeout: options.timeout + 1000,
  });
  const connect: buildConnector.connector = (target, callback) => {
    const started = performance.now();
    let marks: SocketMarks = {};
    const socket = base(target, (error, connected) => {
      if (error || !connected) return callback(error ?? new Error('no socket'), null);
      try {
        if (connected instanceof TLSSocket) {
          log.warning = tlsVerdict(
            connected,
            target.hostname,
            options.certExpiryDays,
            options.now(),
          );
        }
      } catch (failure) {
        connected.destroy();
        return callback(failure as Error, null);
      }
      log.timings = connectionTimings(started, marks, connected instanceof TLSSocket);
      log.connected = true;
      callback(null, connected);
    }) as unknown as Socket | undefined;
    marks = markSocket(socket);
  };
  const agent = new Agent({
    connect,
    connections: 1,
    pipelining: 0,
    headersTimeout: options.timeout + 1000,
    bodyTimeout: options.timeout + 1000,
  });
  return { agent, log };
}
