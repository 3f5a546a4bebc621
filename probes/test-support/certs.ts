import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import forge from 'node-forge';

/** A certificate and its private key, both PEM. */
export interface KeyPair {
  cert: string;
  key: string;
}

/** What to put into one certificate. */
export interface CertificateSpec {
  /** Subject common name. */
  commonName: string;
  /** Host names and IP addresses it is valid for (subjectAltName). */
  hosts: string[];
  notBefore: Date;
  notAfter: Date;
  /** The CA that signs it; omitted → self-signed. */
  issuer?: KeyPair;
  /** Whether it may sign other certificates. */
  isCa?: boolean;
}

/** The set of certificates the TLS tests and the demo need; all leaves are for `hosts`. */
export interface TestCertificates {
  /** The test CA (PEM certificate) that signs `valid`, `expired`, `expiringSoon` and `wrongHost`. */
  ca: KeyPair;
  /** Valid for a year, signed by the CA. */
  valid: KeyPair;
  /** Valid, but expires in 5 days (for expiry warnings). */
  expiringSoon: KeyPair;
  /** Signed by the CA, expired 2 days ago. */
  expired: KeyPair;
  /** Signed by the CA, valid only for `wrong.example`. */
  wrongHost: KeyPair;
  /** Valid dates and hosts, but signed by itself. */
  selfSigned: KeyPair;
}

const day = 86_400_000;

/** Makes a test CA and leaves for `hosts` (default 127.0.0.1 and localhost), dated around `now`. */
export function makeCertificates(options: { hosts?: string[]; now?: Date } = {}): TestCertificates {
  const hosts = options.hosts ?? ['127.0.0.1', 'localhost'];
  const now = options.now ?? new Date();
  const at = (days: number) => new Date(now.getTime() + days * day);
  const ca = makeCertificate({
    commonName: 'Status Test CA',
    hosts: [],
    notBefore: at(-1),
    notAfter: at(3650),
    isCa: true,
  });
  const leaf = (spec: Partial<CertificateSpec>) =>
    makeCertificate({
      commonName: hosts[0] ?? 'localhost',
      hosts,
      notBefore: at(-1),
      notAfter: at(365),
      issuer: ca,
      ...spec,
    });
  return {
    ca,
    valid: leaf({}),
    expiringSoon: leaf({ notAfter: at(5) }),
    expired: leaf({ notBefore: at(-30), notAfter: at(-2) }),
    wrongHost: leaf({ commonName: 'wrong.example', hosts: ['wrong.example'] }),
    selfSigned: makeCertificate({
      commonName: hosts[0] ?? 'localhost',
      hosts,
      notBefore: at(-1),
      notAfter: at(365),
    }),
  };
}

/** Makes one certificate (RSA 2048, SHA-256); keys come from node:crypto because forge's are slow. */
export function makeCertificate(spec: CertificateSpec): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = spec.notBefore;
  cert.validity.notAfter = spec.notAfter;
  const subject = [{ name: 'commonName', value: spec.commonName }];
  cert.setSubject(subject);
  const issuer = spec.issuer ? forge.pki.certificateFromPem(spec.issuer.cert) : undefined;
  cert.setIssuer(issuer ? issuer.subject.attributes : subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: spec.isCa ?? false, critical: true },
    spec.isCa
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    ...(spec.isCa ? [] : [{ name: 'extKeyUsage', serverAuth: true }]),
    ...(spec.hosts.length > 0
      ? [{ name: 'subjectAltName', altNames: spec.hosts.map(altName) }]
      : []),
  ]);
  const signer = spec.issuer ? spec.issuer.key : key;
  cert.sign(
    forge.pki.privateKeyFromPem(signer) as forge.pki.rsa.PrivateKey,
    forge.md.sha256.create(),
  );
  return { cert: forge.pki.certificateToPem(cert), key };
}

function altName(host: string): { type: number; value?: string; ip?: string } {
  return isIP(host) ? { type: 7, ip: host } : { type: 2, value: host };
}
