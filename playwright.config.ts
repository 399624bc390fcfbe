import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive browser mode (`minga serve`) in Debian's Chromium: the Electron
 * binary cannot be downloaded on the build machines. Each test starts its own server on a
 * throwaway data folder (tests/e2e/fixtures/minga.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1366, height: 850 },
    locale: 'es-CO',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
