import { expect, test, type Page } from '@playwright/test';
import { EXPECTED, NOTHING } from '../search/queries.ts';

/** The result URLs the search page shows for a query, in order, without the highlight parameter. */
async function resultsFor(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('combobox');
  const status = page.locator('.search-status');
  await input.fill(''); // clears the results at once, so the next status is this query's
  await expect(status).toHaveText('');
  await input.fill(query);
  await expect(status).not.toHaveText('');
  if ((await status.textContent())!.startsWith('No results')) return [];
  return page.locator('.search-results [role="option"]').evaluateAll((hits) => hits.map((hit) => (hit as HTMLElement).dataset['href']!.replace(/\?highlight=[^#]*/, '')));
}

test('the search test set has at least 40 queries', () => {
  expect(EXPECTED.length).toBeGreaterThanOrEqual(40);
});

// One page for the whole set: the index loads once, as it does for a reader.
test('every expected result is in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  for (const { query, top3 } of EXPECTED) {
    const results = (await resultsFor(page, query)).slice(0, 3);
    for (const expected of top3) expect.soft(results, `“${query}” should have ${expected} in its top 3`).toContain(expected);
  }
});

test('queries for words the edition lacks find nothing', async ({ page }) => {
  await page.goto('/search/');
  for (const query of NOTHING) {
    expect.soft(await resultsFor(page, query), `“${query}”`).toEqual([]);
  }
});
