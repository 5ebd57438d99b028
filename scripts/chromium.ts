/** Finds a Chromium for Playwright: its own when installed, else Debian's; a clear message when neither is there. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The executable to launch, or undefined to let Playwright use its own browser. */
export function findChromium(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one with `npx playwright install chromium` ' +
      'or, on Debian/Ubuntu, `sudo apt-get install chromium` (the tests then use /usr/bin/chromium).',
  );
}

/** Flags that work on locked-down machines (no sandbox as root, no network beyond localhost). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
