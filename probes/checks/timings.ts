import type { Timings } from '../../src/domain/result.ts';

/** Moments a socket reached, from its `lookup` and `connect` events (performance.now()). */
export type SocketMarks = { lookup?: number; connect?: number };

/** Records when a socket resolved its host and connected. */
export function markSocket(socket: NodeJS.EventEmitter | undefined): SocketMarks {
  const marks: SocketMarks = {};
  socket?.once('lookup', () => (marks.lookup = performance.now()));
  socket?.once('connect', () => (marks.connect = performance.now()));
  return marks;
}

/** Phase durations of a connection that is up now: DNS, TCP connect, TLS handshake. */
export function connectionTimings(started: number, marks: SocketMarks, secure: boolean): Timings {
  const done = performance.now();
  const lookup = marks.lookup ?? started;
  const connect = marks.connect ?? done;
  const round = (ms: number) => Math.max(0, Math.round(ms));
  return {
    ...(marks.lookup !== undefined ? { dns: round(lookup - started) } : {}),
    connect: round(connect - lookup),
    ...(secure ? { tls: round(done - connect) } : {}),
  };
}
