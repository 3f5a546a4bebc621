import { placeholderPattern } from '../src/domain/config.ts';

/** Replaces every secret value in a text by its `${NAME}` placeholder. */
export type Redact = (text: string) => string;

/** Placeholders filled from the environment, or the first variable that is not set. */
export type Filled<T> = { ok: true; value: T } | { ok: false; missing: string; where: string };

/** The secret values a check uses, so every text leaving the probe can be cleaned of them. */
export class Secrets {
  readonly #env: NodeJS.ProcessEnv;
  readonly #used = new Map<string, string>();

  constructor(env: NodeJS.ProcessEnv) {
    this.#env = env;
  }

  /** Fills `${NAME}` placeholders; reports the first missing variable by name and field. */
  fill(text: string, where: string, encode: (value: string) => string = (v) => v): Filled<string> {
    let missing: string | undefined;
    const value = text.replace(placeholderPattern, (placeholder, name: string) => {
      const secret = this.#env[name];
      if (secret === undefined || secret === '') {
        missing ??= name;
        return placeholder;
      }
      this.#used.set(name, secret);
      return encode(secret);
    });
    return missing === undefined ? { ok: true, value } : { ok: false, missing, where };
  }

  /** A redactor for every value filled so far, in the forms it may take in a message. */
  redactor(): Redact {
    // Longest first, so a secret containing another is replaced whole.
    const pairs = [...this.#used]
      .flatMap(([name, value]) =>
        encodings(value).map((form) => ({
          form,
          name,
        })),
      )
      .sort((a, b) => b.form.length - a.form.length);
    return (text) =>
      pairs.reduce((out, { form, name }) => out.replaceAll(form, `\${${name}}`), text);
  }
}

/** The forms a value takes in messages: as is, percent-encoded, and lower-cased as URL hosts are. */
function encodings(value: string): string[] {
  const forms = [value, encodeURIComponent(value), encodeURI(value)];
  return [...new Set([...forms, ...forms.map((form) => form.toLowerCase())])].filter(Boolean);
}

/** Cleans every string field of a value (a result, an error) of secret values. */
export function redactDeep<T>(value: T, redact: Redact): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactDeep(item, redact)]),
    ) as T;
  }
  return value;
}
