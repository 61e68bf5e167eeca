import { defineConfig, devices } from '@playwright/test';
import { join, resolve } from 'node:path';
import { E2E_ADMIN } from './e2e-admin';

/**
 * Browser tests against the built portal: the built API (`dist/apps/api/main.js`) serving the
 * built web app, on a fresh embedded database that migrates and loads the demo data at start.
 * Build both first: `npx nx run-many -t build -p api web` (the `e2e` target does it).
 */
const workspaceRoot = resolve(__dirname, '../..');
const port = 3100;
const baseURL = `http://127.0.0.1:${port}`;

// Playwright evaluates this file again in every worker: the variable keeps one folder per run.
process.env['KBDM_E2E_DATA_DIR'] ??= join(workspaceRoot, 'tmp', `e2e-data-${Date.now()}`);
const dataDir = process.env['KBDM_E2E_DATA_DIR'];

export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, 'tmp', 'e2e-results'),
  globalTeardown: './global-teardown.ts',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium, not a Playwright download: the machines that run this have no CDN access.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } },
    // The same checks at phone size: the toolbar must wrap, not push the switcher away.
    {
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: devices['Pixel 7'].viewport,
        deviceScaleFactor: devices['Pixel 7'].deviceScaleFactor,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    // `create-admin` migrates the fresh database and appoints the administrator the tests sign in as.
    command: `node dist/apps/api/main.js create-admin --email ${E2E_ADMIN.email} --name "${E2E_ADMIN.name}" && node dist/apps/api/main.js`,
    cwd: workspaceRoot,
    url: `${baseURL}/api/health`,
    // The first start creates the database, migrates it and loads the demo catalogues.
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      // Every browser test signs in from 127.0.0.1, and the web app refreshes its session on each
      // page load: the per-address limits of a public deployment would throttle the suite itself.
      THROTTLE_SIGN_IN_PER_MINUTE: '1000',
      THROTTLE_REGISTER_PER_MINUTE: '1000',
      THROTTLE_REFRESH_PER_MINUTE: '1000',
    },
    stdout: 'ignore',
    stderr: 'pipe',
    // SIGTERM lets the API close the embedded database before its folder is removed.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
