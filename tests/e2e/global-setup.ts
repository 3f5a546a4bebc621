// Builds the fixture sites once per run (plain and under /status/), serves them, starts one
// Chromium, and provides their URLs and dirs to every e2e file (helper tests read `outDir`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumOptions } from '../support/browser.ts';
import { makeFixtureSite } from '../support/fixture-site.ts';
import { serveStatic } from '../support/static-server.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'status-e2e-'));
  const [plain, based] = await Promise.all([
    makeFixtureSite(join(root, 'plain'), { siteUrl: 'https://status.example.com/' }),
    makeFixtureSite(join(root, 'based'), { siteUrl: 'https://example.com/status/' }),
  ]);
  const plainServer = await serveStatic(plain.outDir, '/');
  const basedServer = await serveStatic(based.outDir, '/status/');
  const browser = await chromium.launchServer(chromiumOptions);
  project.provide('fixtureSites', {
    plain: { ...plain, url: plainServer.url },
    based: { ...based, url: basedServer.url },
    browserEndpoint: browser.wsEndpoint(),
  });
  return async () => {
    await Promise.all([plainServer.close(), basedServer.close(), browser.close()]);
    await rm(root, { recursive: true, force: true });
  };
}
