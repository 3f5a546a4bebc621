import { defineConfig } from 'vitest/config';

const ignored = ['node_modules/**', 'dist/**', '.demo/**'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 180_000,
    projects: [
      // `vitest run --project unit` skips the browser tests and their fixture build.
      {
        extends: true,
        test: { name: 'unit', include: ['**/*.test.ts'], exclude: [...ignored, 'tests/e2e/**'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ignored,
          // Builds the fixture sites once, serves them and starts one Chromium for every file.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
