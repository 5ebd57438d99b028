import { expect, test } from '@playwright/test';
import { ARTICLE_URL } from './site.ts';

for (const spelling of ['Khayrulloyev', 'Khairulloyev']) {
  test(`a search for "${spelling}" finds his entity page and the paragraph that names him`, async ({ page }) => {
    await page.goto(`/search/?q=${spelling}`);
    const results = page.locator('.pagefind-ui__result');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('.pagefind-ui__result-link[href="/entities/sherali-khayrulloyev/"]')).toBeVisible();
    await expect(page.locator(`.pagefind-ui__result-link[href="${ARTICLE_URL}#p2"]`)).toBeVisible();
  });
}

test('a search for a word absent from the edition finds nothing', async ({ page }) => {
  await page.goto('/search/?q=zanzibarxyz');
  await expect(page.locator('.pagefind-ui__message')).toContainText('No results');
});
