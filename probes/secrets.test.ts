import { describe, expect, it } from 'vitest';
import { redactDeep, Secrets } from './secrets.ts';

describe('Secrets', () => {
  const env = { TOKEN: 'a+b/c d', SHORT: 'xy', EMPTY: '' };

  it.each([
    { text: 'Bearer ${TOKEN}', encode: undefined, value: 'Bearer a+b/c d' },
    { text: '?key=${TOKEN}', encode: encodeURIComponent, value: '?key=a%2Bb%2Fc%20d' },
    { text: 'no placeholders', encode: undefined, value: 'no placeholders' },
  ])('fills $text', ({ text, encode, value }) => {
    expect(new Secrets(env).fill(text, 'f', encode)).toEqual({ ok: true, value });
  });

  it.each(['${MISSING}', '${EMPTY}'])('reports %s as missing by name', (text) => {
    const name = text.slice(2, -1);
    expect(new Secrets(env).fill(`x ${text}`, 'check.body')).toEqual({
      ok: false,
      missing: name,
      where: 'check.body',
    });
  });

  it('redacts every filled value, raw and URL-encoded, everywhere in a result', () => {
    const secrets = new Secrets(env);
    secrets.fill('${TOKEN}', 'a');
    secrets.fill('${SHORT}', 'b', encodeURIComponent);
    const redact = secrets.redactor();
    const result = {
      error: { message: 'GET /?k=a%2Bb%2Fc%20d failed for a+b/c d, xy' },
      list: ['xy'],
      n: 1,
    };
    expect(redactDeep(result, redact)).toEqual({
      error: { message: 'GET /?k=${TOKEN} failed for ${TOKEN}, ${SHORT}' },
      list: ['${SHORT}'],
      n: 1,
    });
  });

  it('redacts a secret host name that URL parsing lower-cased', () => {
    const secrets = new Secrets({ HOST: 'Secret-Tenant' });
    secrets.fill('https://${HOST}.example/', 'check.url', encodeURIComponent);
    expect(secrets.redactor()('DNS: host name not found: "secret-tenant.example"')).toBe(
      'DNS: host name not found: "${HOST}.example"',
    );
  });
});
