import type { Expect } from '../src/domain/config.ts';
import type { Failure } from './failure.ts';

/** The most body a check reads; conditions are judged on this much of a longer body. */
export const bodyLimit = 1024 * 1024;

/** Whether the status code is accepted: the listed codes, or 200–399 when none are listed. */
export function statusFailure(status: number, accepted: number[] | undefined): Failure | undefined {
  const ok = accepted ? accepted.includes(status) : status >= 200 && status <= 399;
  if (ok) return undefined;
  const expected = accepted ? accepted.join(', ') : '200–399';
  return { kind: 'status', message: `HTTP ${status} (expected ${expected})` };
}

/** Whether any condition needs the body (if none, the body is never read). */
export function needsBody(expect: Expect): boolean {
  return (
    expect.bodyContains !== undefined ||
    expect.bodyNotContains !== undefined ||
    expect.bodyMatches !== undefined ||
    expect.json !== undefined
  );
}

/** Whether the body read so far already decides every condition, so reading can stop early. */
export function bodyDecided(expect: Expect, text: string): boolean {
  const onlyContains =
    expect.bodyNotContains === undefined && expect.bodyMatches === undefined && !expect.json;
  return onlyContains && expect.bodyContains !== undefined && text.includes(expect.bodyContains);
}

/** The first body condition that fails; `truncated` means only the first `bodyLimit` bytes were read. */
export function bodyFailure(expect: Expect, text: string, truncated: boolean): Failure | undefined {
  const of = truncated ? ` (in the first ${bodyLimit / 1024 / 1024} MiB)` : '';
  const fail = (message: string): Failure => ({ kind: 'body', message });
  if (expect.bodyContains !== undefined && !text.includes(expect.bodyContains)) {
    return fail(`body does not contain ${quote(expect.bodyContains)}${of}`);
  }
  if (expect.bodyNotContains !== undefined && text.includes(expect.bodyNotContains)) {
    return fail(`body contains ${quote(expect.bodyNotContains)}`);
  }
  if (expect.bodyMatches !== undefined && !new RegExp(expect.bodyMatches).test(text)) {
    return fail(`body does not match /${expect.bodyMatches}/${of}`);
  }
  if (expect.json) return jsonFailure(expect.json, text, truncated);
  return undefined;
}

function jsonFailure(
  json: NonNullable<Expect['json']>,
  text: string,
  truncated: boolean,
): Failure | undefined {
  if (truncated)
    return {
      kind: 'body',
      message: `body is larger than ${bodyLimit / 1024 / 1024} MiB; not read as JSON`,
    };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { kind: 'body', message: 'body is not JSON' };
  }
  const found = valueAt(document, json.path);
  if (!found.exists) return { kind: 'body', message: `JSON has no value at "${json.path}"` };
  if (found.value === json.equals) return undefined;
  return {
    kind: 'body',
    message: `JSON "${json.path}" is ${short(found.value)} (expected ${JSON.stringify(json.equals)})`,
  };
}

/** The value at a dotted path (`data.items.0.ok`); array indexes are numbers. */
export function valueAt(document: unknown, path: string): { exists: boolean; value?: unknown } {
  let current: unknown = document;
  for (const step of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step)) {
      return { exists: false };
    }
    current = (current as Record<string, unknown>)[step];
  }
  return { exists: true, value: current };
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
