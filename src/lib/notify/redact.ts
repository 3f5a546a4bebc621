/** Keeps secrets (webhook URLs, SMTP credentials, signing keys) out of logs and error messages. */

/** The parts of an environment value that must never be printed: itself, and a URL's path, query and credentials. */
export function secretParts(value: string): string[] {
  const parts = [value];
  try {
    const url = new URL(value);
    if (url.username) parts.push(url.username, decodeURIComponent(url.username));
    if (url.password) parts.push(url.password, decodeURIComponent(url.password));
    const rest = `${url.pathname}${url.search}`;
    if (rest.length > 1) parts.push(rest);
  } catch {
    // not a URL (a signing key): the whole value is the secret
  }
  return parts.filter((part) => part.length >= 3);
}

/** A function that replaces every given secret (longest first) with `***`. */
export function redactor(values: readonly string[]): (text: string) => string {
  const parts = [...new Set(values.flatMap(secretParts))].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text.replace(/(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1***@');
    for (const part of parts) out = out.replaceAll(part, '***');
    return out;
  };
}

/** A URL as it may appear in a log: scheme and host only (`https://hooks.slack.com/…`). */
export function describeUrl(value: string): string {
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}/…`;
  } catch {
    return '(not a valid URL)';
  }
}
