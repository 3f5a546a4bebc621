import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import vnu from 'vnu-jar';
import { describe, expect, it } from 'vitest';
import { fixtureSites } from '../support/browser.ts';

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML validity', () => {
  it('has no errors on any built page (Nu HTML Checker)', async () => {
    const { outDir } = fixtureSites().plain;
    const run = promisify(execFile);
    // vnu exits non-zero when it finds errors; its JSON report is on stderr either way.
    const { stderr } = await run(
      'java',
      ['-jar', String(vnu), '--errors-only', '--skip-non-html', '--format', 'json', outDir],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    ).catch((error: { stderr: string }) => ({ stderr: error.stderr }));
    const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
    const errors = messages.map(
      (m) => `${m.url.replace(`file:${outDir}`, '')}:${m.lastLine ?? 0}: ${m.message}`,
    );
    expect(errors).toEqual([]);
  }, 180_000);
});
