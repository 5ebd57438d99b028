/**
 * A large archive's index is written in parts that the search interface merges
 * (src/lib/search-index.ts). The seed is one part; here its records are indexed in parts of ten,
 * served in place of the built index, and a search must find what it finds in the one-part index,
 * the results coming from several parts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { partOf, writeSearchIndex } from '../../src/lib/search-index.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/static-server.ts';

let site: string;
let parts: number;
let server: StaticServer;

test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'glossa-search-parts-'));
  ({ parts } = await writeSearchIndex(site, loadCorpus('content'), { recordsPerPart: 10 }));
  expect(parts).toBeGreaterThanOrEqual(3);
  server = await serveStatic(site);
});
test.afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

/** The hits of a search as the page lists them, with the count it announces. */
async function search(page: Page, query: string): Promise<{ status: string; hrefs: string[] }> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('.search-status');
  await expect(status).toHaveText(/\d+ pages? found/);
  const hrefs = await page.locator('.search-results [role="option"]').evaluateAll((all) => all.map((hit) => (hit as HTMLElement).dataset['href']!.replace(/\?highlight=[^#]*/, '')));
  return { status: (await status.textContent())!, hrefs };
}

// Names the seed's pages share with few others: every passage found is shown, whatever the order.
for (const query of ['Khairulloyev', 'Momirak']) {
  test(`a search for "${query}" finds in an index of parts what it finds in one`, async ({ page }) => {
    const whole = await search(page, query);
    expect(whole.hrefs.length).toBeGreaterThan(0);
    // The index in parts answers for the built one; the context's routes see the requests of Pagefind's worker too.
    const served: string[] = [];
    await page.context().route('**/pagefind/**', async (route) => {
      const { pathname } = new URL(route.request().url());
      served.push(pathname);
      await route.fulfill({ response: await route.fetch({ url: new URL(pathname, server.url).href }) });
    });
    const inParts = await search(page, query);
    expect(inParts.status).toBe(whole.status);
    expect([...inParts.hrefs].sort()).toEqual([...whole.hrefs].sort());
    // The parts were read, not the built index.
    for (let n = 1; n < parts; n++) expect(served.some((path) => path.startsWith(`/pagefind/part-${n}/`)), `part ${n} read`).toBe(true);
    const pages = new Set(inParts.hrefs.map((href) => href.replace(/#.*/, '')));
    expect(new Set([...pages].map((url) => partOf(url, parts))).size, 'parts the results came from').toBeGreaterThan(1);
  });
}
