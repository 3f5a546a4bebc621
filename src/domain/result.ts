import { z } from 'zod';
import { ProbeStatus } from './status.ts';

/** Why a check failed, in words ops can act on. */
export const ErrorKind = z.enum([
  'timeout', // no answer (or no complete answer) within the timeout
  'dns', // the host name did not resolve
  'refused', // nothing listens on the port
  'reset', // the peer closed or reset the connection mid-way
  'tls', // certificate or handshake problem
  'status', // unexpected HTTP status code
  'body', // a body or JSON condition was not met
  'redirect', // too many redirects, or a loop
  'protocol', // malformed HTTP or similar
  'config', // the check could not be run as configured (e.g. a missing secret)
  'other',
]);
export type ErrorKind = z.infer<typeof ErrorKind>;

/** Phase timings of the last attempt, in milliseconds, where the protocol has them. */
export const Timings = z.strictObject({
  dns: z.number().nonnegative().optional(),
  connect: z.number().nonnegative().optional(),
  tls: z.number().nonnegative().optional(),
  firstByte: z.number().nonnegative().optional(),
});
export type Timings = z.infer<typeof Timings>;

/** The outcome of checking one component once (after retries). */
export const ProbeResult = z.strictObject({
  /** The component's id. */
  component: z.string(),
  /** When the check started (ISO 8601, UTC). */
  time: z.iso.datetime(),
  /** What the check concluded. */
  status: ProbeStatus,
  /** Total time of the last attempt in milliseconds; null when it never got an answer. */
  latency: z.number().nonnegative().nullable(),
  /** Phase timings of the last attempt. */
  timings: Timings.optional(),
  /** HTTP status code of the last answer. */
  httpStatus: z.number().int().optional(),
  /** Why it failed (absent when it passed). */
  error: z.strictObject({ kind: ErrorKind, message: z.string() }).optional(),
  /** Something to look at that is not (yet) a failure, e.g. a certificate expiring soon. */
  warning: z.string().optional(),
  /** Attempts made (1 + retries used). */
  attempts: z.number().int().min(1),
  /** The location (runner) that measured it. */
  location: z.string(),
});
export type ProbeResult = z.infer<typeof ProbeResult>;
