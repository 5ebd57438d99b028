/**
 * No request leaves the site, and the Content-Security-Policy blocks nothing the site does. Every
 * page (tests/dist-pages.ts) is loaded with every request of its browser context recorded (the
 * page's, its workers'): each must go to the local server and be answered, and the page must
 * report no CSP violation. Then what loads only on use (a preview card, search with its
 * WebAssembly index and worker, highlighting on a result page) is exercised under the policy.
 * Links to other sites are fine: following a link is not a request the page makes.
 */
import { expect, test, type Page } from '@playwright/test';
import { distPages } from '../dist-pages.ts';
import { ARTICLE_URL } from './site.ts';
import { MENTION } from '../../src/lib/permalink.ts';

const PAGES = distPages().map((page) => page.path);

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** Starts recording: requests to other origins, failed answers, CSP violations, console errors. */
async function record(page: Page, baseURL: string) {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  const failed: string[] = [];
  const errors: string[] = [];
  page.context().on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(`${request.resourceType()} ${request.url()}`);
  });
  page.context().on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.context().on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || /pagefind/i.test(message.text())) errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  return async () => ({ foreign, failed, violations: await page.evaluate(() => window.cspViolations), errors });
}

test.describe('security', () => {
  test('the gate covers the whole site', () => {
    expect(PAGES.length).toBeGreaterThan(40);
  });

  for (const path of PAGES) {
    test(`${path}: every request stays on the site, none fails, the policy blocks nothing`, async ({ page, baseURL }) => {
      const report = await record(page, baseURL!);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await report()).toEqual({ foreign: [], failed: [], violations: [], errors: [] });
    });
  }

  test('a preview card, search (WebAssembly and worker) and highlighting work under the policy, on the site alone', async ({ page, baseURL }) => {
    const report = await record(page, baseURL!);
    await page.goto(ARTICLE_URL);
    await page.locator('section.passage > p').locator(MENTION).first().focus();
    await expect(page.locator('.preview-card')).toBeVisible();

    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog').getByRole('combobox').fill('Momirak');
    await expect(page.locator('dialog [role="option"]').first()).toBeVisible({ timeout: 15_000 });
    // Pagefind searched in its worker: the worker script was fetched, and no fallback was reported.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/pagefind/pagefind-worker.js')))).toBe(true);

    await page.goto(`${ARTICLE_URL}?highlight=narcotics#p1`, { waitUntil: 'networkidle' });
    await expect(page.locator('section.passage:has(#p1) > p mark').first()).toHaveText(/narcotics/i);
    expect(await report()).toEqual({ foreign: [], failed: [], violations: [], errors: [] });
  });
});
