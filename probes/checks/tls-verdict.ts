import type { PeerCertificate, TLSSocket } from 'node:tls';
import { CheckFailure } from '../failure.ts';

const dayMs = 86_400_000;

/**
 * Judges a TLS connection made with `rejectUnauthorized: false`: we verify ourselves so the
 * certificate stays readable on failure (an expired one can say when it expired).
 * Throws a `tls` CheckFailure when it is not trusted; returns an expiry warning when due soon.
 */
export function tlsVerdict(
  socket: TLSSocket,
  host: string,
  warnDays: number,
  now: Date,
): string | undefined {
  const cert = socket.getPeerCertificate();
  if (!socket.authorized) {
    throw new CheckFailure('tls', `TLS: ${reason(String(socket.authorizationError), cert, host)}`);
  }
  if (!cert.valid_to) return undefined;
  const expires = new Date(cert.valid_to);
  const daysLeft = Math.floor((expires.getTime() - now.getTime()) / dayMs);
  if (daysLeft > warnDays) return undefined;
  return `TLS certificate expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${isoDay(expires)})`;
}

function reason(code: string, cert: PeerCertificate, host: string): string {
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return `certificate has expired (expired ${isoDay(new Date(cert.valid_to))})`;
    case 'CERT_NOT_YET_VALID':
      return `certificate is not valid yet (valid from ${isoDay(new Date(cert.valid_from))})`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
      return 'self-signed certificate';
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return 'self-signed certificate in the chain (untrusted root)';
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return 'certificate is not issued by a trusted authority';
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `certificate is not valid for "${host}" (it names ${certNames(cert)})`;
    default:
      return `certificate rejected (${code})`;
  }
}

function certNames(cert: PeerCertificate): string {
  const alt = cert.subjectaltname
    ?.split(', ')
    .map((name) => name.replace(/^(DNS|IP Address):/, ''));
  const names = alt && alt.length > 0 ? alt : [cert.subject?.CN].filter(Boolean);
  return names.length > 0 ? names.map((name) => `"${name}"`).join(', ') : 'no host names';
}

function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'unknown date' : date.toISOString().slice(0, 10);
}
