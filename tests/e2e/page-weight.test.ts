import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureSites } from '../support/browser.ts';

/** gzip bytes of the home page and of what it loads (stylesheets, scripts), by kind. */
async function homeWeight(outDir: string): Promise<{ html: number; css: number; js: number }> {
  const html = await readFile(join(outDir, 'index.html'));
  const text = html.toString();
  const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;
  const assets = async (pattern: RegExp) => {
    let total = 0;
    for (const [, path] of text.matchAll(pattern))
      total += gz(await readFile(join(outDir, path!.replace(/^\//, ''))));
    return total;
  };
  const inlineJs = [
    ...text.matchAll(/<script(?![^>]*(src=|application\/json))[^>]*>([\s\S]*?)<\/script>/g),
  ]
    .map((m) => m[2])
    .join('');
  // Scripts import shared chunks: count each module the page loads once.
  const modules = new Set<string>();
  const visit = async (path: string) => {
    if (modules.has(path)) return;
    modules.add(path);
    const code = await readFile(join(outDir, path), 'utf8');
    for (const [, dep] of code.matchAll(/(?:import|from)\s*"\.\/([^"]+\.js)"/g))
      await visit(join(path, '..', dep!));
  };
  for (const [, src] of text.matchAll(/<script[^>]+src="([^"]+)"/g))
    await visit(src!.replace(/^\//, ''));
  let js = inlineJs ? gz(Buffer.from(inlineJs)) : 0;
  for (const path of modules) js += gz(await readFile(join(outDir, path)));
  return { html: gz(html), css: await assets(/<link rel="stylesheet" href="([^"]+)"/g), js };
}

describe('page weight of the home page (16 components, 90 days)', () => {
  it('stays under 30 KB gzip in all and 10 KB gzip of JavaScript', async () => {
    const weight = await homeWeight(fixtureSites().plain.outDir);
    console.log(`home page gzip: ${JSON.stringify(weight)}`);
    expect(weight.html + weight.css + weight.js).toBeLessThan(30 * 1024);
    expect(weight.js).toBeLessThan(10 * 1024);
  });
});
