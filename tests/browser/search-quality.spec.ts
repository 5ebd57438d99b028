import { expect, test, type Page } from '@playwright/test';
import { EXPECTED, NOTHING } from '../search/queries.ts';

/** The result URLs the search page shows for a query, in order, without the highlight parameter. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('.search-status')).toHaveText(/results?\b|No results/);
  return page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.replace(/\?highlight=[^#]*/, '')));
}

test('the search test set has at least 40 queries', () => {
  expect(EXPECTED.length).toBeGreaterThanOrEqual(40);
});

test.describe('every expected result is in the top 3', () => {
  for (const { query, top3 } of EXPECTED) {
    test(query, async ({ page }) => {
      const results = (await resultsFor(page, query)).slice(0, 3);
      for (const expected of top3) expect(results, `“${query}”`).toContain(expected);
    });
  }
});

test.describe('queries for words the edition lacks find nothing', () => {
  for (const query of NOTHING) {
    test(query, async ({ page }) => {
      expect(await resultsFor(page, query)).toEqual([]);
      await expect(page.locator('.search-status')).toHaveText(`No results for “${query}”.`);
    });
  }
});
