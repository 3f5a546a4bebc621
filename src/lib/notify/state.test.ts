import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProblemsError } from '../../domain/problem.ts';
import {
  readNotificationState,
  stableJson,
  writeNotificationState,
  type NotificationState,
} from './state.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'notify-state-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const state: NotificationState = {
  version: 1,
  outbox: [],
  components: { ups: 'operational', dhl: 'major_outage' },
  incidents: {
    b: { status: 'resolved', updates: ['b-2'] },
    a: { updates: ['a-1'], status: 'investigating' },
  },
};

describe('notification state', () => {
  it('is missing before the first run', async () => {
    expect(await readNotificationState(join(dir, 'notifications.json'))).toBeUndefined();
  });

  it('is written with sorted keys, atomically, and reads back equal', async () => {
    const path = join(dir, 'data', 'notifications.json');
    await writeNotificationState(path, state);
    expect(readFileSync(path, 'utf8')).toBe(
      stableJson({ ...state }), // the same bytes whatever the key order in memory
    );
    expect(readFileSync(path, 'utf8').split('\n').slice(0, 4)).toEqual([
      '{',
      '  "components": {',
      '    "dhl": "major_outage",',
      '    "ups": "operational"',
    ]);
    expect(readdirSync(join(dir, 'data'))).toEqual(['notifications.json']);
    expect(await readNotificationState(path)).toEqual(state);
  });

  it.each([
    { name: 'not JSON', text: '{"version":', want: /not JSON/ },
    {
      name: 'a wrong shape',
      text: '{"version":1,"incidents":{},"components":{"x":"sunny"},"outbox":[]}',
      want: /components\.x: /,
    },
  ])('names the file when it is damaged ($name)', async ({ text, want }) => {
    const path = join(dir, 'notifications.json');
    writeFileSync(path, text);
    const error = await readNotificationState(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemsError);
    const message = (error as ProblemsError).message;
    expect(message).toMatch(/notifications\.json: damaged notification state: /);
    expect(message).toMatch(want);
    expect(message).toContain('Nothing was sent');
  });
});
