import type { ErrorKind } from '../src/domain/result.ts';

/** Why an attempt failed: a kind ops can filter on and a message they can act on. */
export interface Failure {
  kind: ErrorKind;
  message: string;
}

/** A failure raised on purpose inside a check (status, body, redirect, TLS verdicts). */
export class CheckFailure extends Error {
  readonly kind: ErrorKind;
  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = 'CheckFailure';
    this.kind = kind;
  }
}

const byCode: Record<string, Failure> = {
  ENOTFOUND: { kind: 'dns', message: 'DNS: host name not found' },
  EAI_AGAIN: { kind: 'dns', message: 'DNS: lookup failed temporarily' },
  EAI_FAIL: { kind: 'dns', message: 'DNS: lookup failed' },
  ECONNREFUSED: { kind: 'refused', message: 'connection refused (nothing listens on the port)' },
  ECONNRESET: { kind: 'reset', message: 'connection reset by the server' },
  EPIPE: { kind: 'reset', message: 'connection closed by the server while sending' },
  UND_ERR_SOCKET: { kind: 'reset', message: 'connection closed by the server' },
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: {
    kind: 'reset',
    message: 'connection closed before the whole body arrived',
  },
  EHOSTUNREACH: { kind: 'refused', message: 'host unreachable' },
  ENETUNREACH: { kind: 'refused', message: 'network unreachable' },
  ETIMEDOUT: { kind: 'timeout', message: 'connection timed out' },
  UND_ERR_CONNECT_TIMEOUT: { kind: 'timeout', message: 'timeout while connecting' },
  UND_ERR_HEADERS_TIMEOUT: { kind: 'timeout', message: 'timeout waiting for response headers' },
  UND_ERR_BODY_TIMEOUT: { kind: 'timeout', message: 'timeout reading the body' },
  UND_ERR_HEADERS_OVERFLOW: { kind: 'protocol', message: 'HTTP: response headers too large' },
};

/** Turns anything thrown by a check into a failure with a readable reason. */
export function toFailure(error: unknown): Failure {
  if (error instanceof CheckFailure) return { kind: error.kind, message: error.message };
  const code = errorCode(error);
  const known = code ? byCode[code] : undefined;
  const host = hostOf(error);
  if (known?.kind === 'dns' && host) return { kind: 'dns', message: `${known.message}: "${host}"` };
  if (known) return known;
  const detail = error instanceof Error ? error.message : String(error);
  if (code?.startsWith('HPE_') || (error instanceof Error && error.name === 'HTTPParserError'))
    return { kind: 'protocol', message: `malformed HTTP response (${detail})` };
  // OpenSSL's verify codes and Node's TLS errors (seen when a shared dispatcher verifies for us).
  if (code && /^(ERR_SSL_|ERR_TLS_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_)/.test(code)) {
    return { kind: 'tls', message: `TLS: ${detail}` };
  }
  return { kind: 'other', message: code ? `${detail} (${code})` : detail };
}

/** The error's code, looking through AggregateError (happy eyeballs) and `cause`. */
function errorCode(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, errors, cause } = error as { code?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === 'string') return code;
  if (Array.isArray(errors) && errors.length > 0) return errorCode(errors[0]);
  return cause ? errorCode(cause) : undefined;
}

/** The host name a DNS error is about (Node puts it on the error). */
function hostOf(error: unknown): string | undefined {
  const host = (error as { hostname?: unknown } | null)?.hostname;
  return typeof host === 'string' ? host : undefined;
}
