/** Debian's Chromium for the e2e tests, and a connection to the one the global setup started. */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { FixtureSite } from './fixture-site.ts';

/** How Chromium is launched (no user data dir, nothing phoning home). */
export const chromiumOptions = {
  // Debian's Chromium by default; CHROMIUM_PATH points elsewhere (GitHub's runners: google-chrome).
  executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** A built and served fixture site. */
export interface ServedSite extends FixtureSite {
  /** Where it is served, base path included, like `http://127.0.0.1:41234/status/`. */
  url: string;
}

/** What the e2e global setup provides (`inject('fixtureSites')`). */
export interface FixtureSites {
  /** Built for `https://status.example.com/`. */
  plain: ServedSite;
  /** Built for `https://example.com/status/` (a base path). */
  based: ServedSite;
  /** The shared Chromium. */
  browserEndpoint: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSites: FixtureSites;
  }
}

/** The fixture sites of this run. */
export function fixtureSites(): FixtureSites {
  return inject('fixtureSites');
}

/** Connects to the shared Chromium (close it in afterAll; that only disconnects). */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(fixtureSites().browserEndpoint);
}
