import { expect, test } from '@playwright/test';
import { ARTICLE_URL } from './site.ts';

for (const spelling of ['Khayrulloyev', 'Khairulloyev']) {
  test(`a search for "${spelling}" finds his entity page and the paragraph that names him`, async ({ page }) => {
    await page.goto(`/search/?q=${spelling}`);
    const hits = page.locator('.search-results [role="option"]');
    await expect(hits.first()).toBeVisible();
    const hrefs = await hits.evaluateAll((all) => all.map((hit) => (hit as HTMLElement).dataset['href']!.replace(/\?highlight=[^#]*/, '')));
    expect(hrefs).toContain('/entities/sherali-khayrulloyev/');
    expect(hrefs).toContain(`${ARTICLE_URL}#p2`);
  });
}

test('the search page is ready to type, and leaves the focus where a reader moved it while the search loaded', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[data-search-page]').getByRole('combobox')).toBeFocused();

  // The search interface held back until the reader has tabbed to the skip link.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/search-ui.*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip/i });
  await expect(skip).toBeFocused();
  release();
  await expect(page.locator('[data-search-page]').getByRole('combobox')).toBeVisible();
  await expect(skip).toBeFocused();
});

test('a search box opens on every page with "/" and Ctrl+K, and works by keyboard alone', async ({ page }) => {
  for (const path of ['/', '/entities/avesta/', ARTICLE_URL]) {
    await page.goto(path);
    const dialog = page.locator('dialog.search-dialog');
    await expect(dialog).not.toBeVisible();
    await page.keyboard.press(path === '/' ? 'Control+k' : '/');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).not.toBeVisible();
  }
  await page.keyboard.press('/');
  const input = page.locator('dialog.search-dialog').getByRole('combobox');
  await input.fill('Momirak');
  await expect(page.locator('dialog .search-status')).toHaveText(/\d+ pages? found/);
  await page.keyboard.press('ArrowDown');
  const first = page.locator('dialog [role="option"]').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('dialog [role="option"]').nth(1)).toHaveAttribute('aria-selected', 'true');
  const target = await page.locator('dialog [role="option"]').nth(1).getAttribute('data-href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[?#]/g, '\\$&')}$`));
});

test('results show kind, entity type and where a paragraph stands; facets filter with counts', async ({ page }) => {
  await page.goto('/search/?q=Mumirak');
  const options = page.locator('[role="option"]');
  await expect(options.first()).toBeVisible();
  await expect(page.locator('[role="option"][data-href$="#p5"]').locator('.search-hit-label')).toHaveText('Article paragraph');
  await expect(page.locator('[role="option"][data-href^="/entities/momirak-range/"]').locator('.search-hit-label')).toHaveText('Entity · place');
  // Facet counts cost a download of their own: they load when the reader opens the filters.
  await expect(page.locator('fieldset.search-facet')).toHaveCount(0);
  await page.getByText('Filter results').click();
  const kindFacet = page.locator('fieldset.search-facet', { hasText: 'Kind of page' });
  const entityBox = kindFacet.locator('label', { hasText: 'Entity' });
  const count = Number(await entityBox.locator('.count').textContent());
  expect(count).toBeGreaterThan(0);
  await entityBox.locator('input').check();
  await expect(options).toHaveCount(count);
  for (const label of await page.locator('.search-hit-label').allTextContents()) expect(label).toMatch(/^Entity/);
});

test('a paragraph hit opens the article at the paragraph with the words highlighted', async ({ page }) => {
  await page.goto('/search/?q=narcotics');
  const hit = page.locator('.search-results [role="option"][data-href$="#p1"]').first();
  await hit.click();
  await expect(page).toHaveURL(/\?highlight=narcotics#p1$/);
  await expect(page.locator('section.passage:has(#p1) > p mark').first()).toHaveText(/narcotics/i);
});

test('a search for a word absent from the edition finds nothing', async ({ page }) => {
  await page.goto('/search/?q=zanzibarxyz');
  await expect(page.locator('.search-status')).toHaveText('No results for “zanzibarxyz”.');
});

test('a misspelled name says so and shows the results for the name meant', async ({ page }) => {
  await page.goto('/search/?q=Dushambe');
  await expect(page.locator('.search-status')).toContainText('“Dushambe” is not in the edition. Showing results for “Dushanbe”');
  await expect(page.locator('.search-results [role="option"][data-href^="/entities/dushanbe/"]').first()).toBeVisible();
});
