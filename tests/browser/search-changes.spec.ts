/**
 * A rebuild's index keeps its parts and indexes a changed record apart, hiding the page it
 * replaces (src/lib/search-index.ts). Its searches must find, count and filter what a cold build's
 * index of the same content does: here the seed's records in parts of ten, an entity's summary
 * edited (a word taken out, another put in), indexed once with the cache of the first index and
 * once cold, each served in place of the built index.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { writeSearchIndex } from '../../src/lib/search-index.ts';
import { CHANGES_FOLDER } from '../../src/lib/search-index-parts.ts';
import { serveStatic, type StaticServer } from '../../tools/bench/static-server.ts';

const SUMMARY = 'summary: "News agency based in Dushanbe, cited twice by the article (17 and 20 September 2004)."';
const EDITED = 'summary: "News agency based in Dushanbe; the editors reread this entry."';

let folder: string;
const servers: Record<'original' | 'rebuilt' | 'cold', StaticServer | undefined> = { original: undefined, rebuilt: undefined, cold: undefined };

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'glossa-search-changes-'));
  const content = join(folder, 'content');
  cpSync('content', content, { recursive: true });
  const options = { recordsPerPart: 10, cacheDir: join(folder, 'cache') };
  await writeSearchIndex(join(folder, 'original'), loadCorpus(content), options);
  const file = join(content, 'entities', 'avesta.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text, 'the summary this test edits').toContain(SUMMARY);
  writeFileSync(file, text.replace(SUMMARY, EDITED));
  const edited = loadCorpus(content);
  expect(await writeSearchIndex(join(folder, 'rebuilt'), edited, options)).toMatchObject({ changed: 1 });
  expect((await writeSearchIndex(join(folder, 'cold'), edited)).changed).toBe(0);
  for (const name of ['original', 'rebuilt', 'cold'] as const) servers[name] = await serveStatic(join(folder, name));
});
test.afterAll(async () => {
  for (const server of Object.values(servers)) await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A search on the site with the index of `site`: the count it announces, the hits' URLs and, with the filters open, their counts. */
async function search(browser: Browser, site: keyof typeof servers, query: string, filter?: string) {
  // A context of its own: nothing cached from a search of another index.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL! });
  const page = await context.newPage();
  const served: string[] = [];
  await context.route('**/pagefind/**', async (route) => {
    const { pathname } = new URL(route.request().url());
    served.push(pathname);
    await route.fulfill({ response: await route.fetch({ url: new URL(pathname, servers[site]!.url).href }) });
  });
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('.search-status');
  await expect(status).toHaveText(/\d+ pages? found|No results/);
  await page.locator('.search-filters summary').click();
  const facets = page.locator('.search-facet label');
  if (/found/.test((await status.textContent())!)) await expect(facets.first()).toBeVisible();
  if (filter) {
    await facets.filter({ hasText: filter }).locator('input').check();
    await expect(facets.filter({ hasText: filter }).locator('input')).toBeChecked();
    await expect(status).toHaveText(/\d+ pages? found|No results/);
  }
  expect(await page.locator('.search-results [role="option"]').count(), 'every page found is listed').toBeLessThan(10);
  const hrefs = await page.locator('.search-results [role="option"]').evaluateAll((all) => all.map((hit) => (hit as HTMLElement).dataset['href']!.replace(/\?highlight=[^#]*/, '')));
  await page.waitForTimeout(1500);
  const counts = await facets.evaluateAll((all) => all.map((label) => label.textContent!.replace(/\s+/g, ' ').trim()));
  const found = { status: await status.textContent(), hrefs: hrefs.sort(), counts, changesRead: served.some((path) => path.includes(`/pagefind/${CHANGES_FOLDER}/`)) };
  await context.close();
  return found;
}

// A word the edit puts in, one it takes out, and one the summary keeps, with and without a filter:
// each found on fewer pages than the list shows, so that the lists compared are every page found.
// (Which ten of more come first may differ: each part ranks by its own word statistics, and the
// page a change replaces still counts in its part's.)
for (const [query, filter] of [['reread'], ['twice'], ['twice', 'Entity'], ['agency'], ['agency', 'Entity']] as const) {
  test(`a search for "${query}"${filter ? ` among ${filter} pages` : ''} in a rebuilt index finds and counts what a cold index finds`, async ({ browser }) => {
    const cold = await search(browser, 'cold', query, filter);
    const rebuilt = await search(browser, 'rebuilt', query, filter);
    expect(rebuilt.changesRead, 'the part of changes was merged').toBe(true);
    expect(cold.changesRead).toBe(false);
    expect(rebuilt.status).toBe(cold.status);
    expect(rebuilt.hrefs).toEqual(cold.hrefs);
    expect(rebuilt.counts).toEqual(cold.counts);
  });
}

test('the edit changed what those searches find: the test compares something', async ({ browser }) => {
  for (const query of ['reread', 'twice']) {
    const before = await search(browser, 'original', query);
    const after = await search(browser, 'cold', query);
    expect(after.status, query).not.toBe(before.status);
  }
});
