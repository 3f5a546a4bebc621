import { describe, expect, it } from 'vitest';
import { bodyDecided, bodyFailure, statusFailure, valueAt } from './conditions.ts';

describe('statusFailure', () => {
  it.each([
    { status: 200, accepted: undefined, message: undefined },
    { status: 399, accepted: undefined, message: undefined },
    { status: 199, accepted: undefined, message: 'HTTP 199 (expected 200–399)' },
    { status: 500, accepted: undefined, message: 'HTTP 500 (expected 200–399)' },
    { status: 401, accepted: [200, 401], message: undefined },
    { status: 302, accepted: [200], message: 'HTTP 302 (expected 200)' },
  ])('$status with $accepted', ({ status, accepted, message }) => {
    expect(statusFailure(status, accepted)?.message).toBe(message);
  });
});

describe('bodyFailure', () => {
  const body = '{"data":{"status":"ok","items":[{"ok":true}],"none":null}}';
  it.each([
    { expect: { bodyContains: 'ok' }, message: undefined },
    { expect: { bodyContains: 'down' }, message: 'body does not contain "down"' },
    { expect: { bodyNotContains: 'error' }, message: undefined },
    { expect: { bodyNotContains: 'status' }, message: 'body contains "status"' },
    { expect: { bodyMatches: '"status":"(ok|up)"' }, message: undefined },
    { expect: { bodyMatches: '^<html' }, message: 'body does not match /^<html/' },
    { expect: { json: { path: 'data.items.0.ok', equals: true } }, message: undefined },
    { expect: { json: { path: 'data.none', equals: null } }, message: undefined },
    {
      expect: { json: { path: 'data.status', equals: 'up' } },
      message: 'JSON "data.status" is "ok" (expected "up")',
    },
    {
      expect: { json: { path: 'data.items.1', equals: 1 } },
      message: 'JSON has no value at "data.items.1"',
    },
  ])('$expect', ({ expect: conditions, message }) => {
    expect(bodyFailure(conditions, body, false)?.message).toBe(message);
  });

  it('says when only the first MiB was judged', () => {
    expect(bodyFailure({ bodyContains: 'x' }, 'aaa', true)?.message).toBe(
      'body does not contain "x" (in the first 1 MiB)',
    );
  });
});

describe('bodyDecided', () => {
  it.each([
    { expect: { bodyContains: 'ok' }, text: 'is ok', decided: true },
    { expect: { bodyContains: 'ok' }, text: 'not yet', decided: false },
    { expect: { bodyContains: 'ok', bodyNotContains: 'x' }, text: 'is ok', decided: false },
    { expect: { json: { path: 'a', equals: 1 } }, text: '{"a":1}', decided: false },
  ])('$expect on "$text" → $decided', ({ expect: conditions, text, decided }) => {
    expect(bodyDecided(conditions, text)).toBe(decided);
  });
});

it('valueAt does not walk into the prototype', () => {
  expect(valueAt({}, 'constructor')).toEqual({ exists: false });
});
