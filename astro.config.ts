import { defineConfig } from 'astro/config';
import { loadConfig } from './src/lib/config.ts';

// The site's address comes from status.config.yaml (or STATUS_CONFIG), so a base path
// (GitHub Pages project sites) is configured in one place.
const { config } = loadConfig();
const url = new URL(config.site.url);

export default defineConfig({
  site: url.origin,
  base: url.pathname,
  trailingSlash: 'ignore',
  outDir: process.env['STATUS_OUT_DIR'] || './dist',
  // Separate caches let two builds (e.g. the e2e fixture with and without a base path) run at once.
  cacheDir: process.env['STATUS_CACHE_DIR'] || './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
