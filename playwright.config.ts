import { defineConfig } from '@playwright/test'

// KINMAP_E2E_PORT and KINMAP_E2E_DATA_DIR let two runs (say, CI and a developer) share a machine.
const port = Number(process.env.KINMAP_E2E_PORT ?? 4173)
export const E2E_DATA_DIR = process.env.KINMAP_E2E_DATA_DIR ?? '.e2e-data'

// Journeys run against the real server and the built client, on http://localhost (tldraw counts
// that as development, so no licence key is needed), in Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && exec npx tsx server/main.ts`,
    url: `http://localhost:${port}/healthz`,
    env: { PORT: String(port), KINMAP_DATA_DIR: E2E_DATA_DIR, LOG_LEVEL: 'warn', KINMAP_PUBLIC_URL: `http://localhost:${port}` },
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
