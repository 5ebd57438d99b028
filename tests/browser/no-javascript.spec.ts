import { expect, test } from '@playwright/test';
import { ARTICLE_URL, ORIGINAL_PARAGRAPHS } from './site.ts';
import { MENTION } from '../../src/lib/permalink.ts';

test.use({ javaScriptEnabled: false });

test('the article reads, with annotations and working links, with JavaScript off', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  await expect(page.locator('section.passage > p')).toHaveCount(6);
  await expect(page.locator('section.passage > p').nth(5)).toHaveText(ORIGINAL_PARAGRAPHS[5]!);
  expect(await page.locator('aside.annotation').count()).toBeGreaterThanOrEqual(6);
  await page.locator('section.passage:has(h2#p2) > p').locator(MENTION, { hasText: 'Sherali Khayrulloyev' }).click();
  await expect(page).toHaveURL(/\/entities\/sherali-khayrulloyev\/$/);
  await expect(page.locator('h1')).toContainText('Khayrulloyev');
});

test('the register and an entity page work with JavaScript off', async ({ page }) => {
  await page.goto('/entities/');
  await page.locator('a[href="/entities/avesta/"]').click();
  await expect(page.locator('h3#\\32 004-09-20')).toBeVisible();
});

test('the search page says that search needs JavaScript and points to the register', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('.notice')).toContainText('Search needs JavaScript');
  await expect(page.locator('.notice a[href="/entities/"]')).toBeVisible();
});

test('with JavaScript off, the header offers nothing that needs it: search is a link to /search/', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  await expect(page.locator('.site-header a.search-open')).toHaveAttribute('href', '/search/');
  // The dark-mode switch and the search dialog are made by their scripts, which alone make them work.
  await expect(page.locator('button, dialog')).toHaveCount(0);
  await page.locator('.site-header a.search-open').click();
  await expect(page).toHaveURL(/\/search\/$/);
});
