import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/** Playwright's own Chromium when installed, else Debian's; a clear message when neither is there. */
function findChromium(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser: use its defaults
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one with `npx playwright install chromium` ' +
      'or, on Debian/Ubuntu, `sudo apt-get install chromium` (the tests then use /usr/bin/chromium).',
  );
}

const executablePath = findChromium();
const port = 4329;

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Flags that work on locked-down machines (no sandbox as root, no network beyond localhost).
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // Serves the built site (npm test builds it first).
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
