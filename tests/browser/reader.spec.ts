import { expect, test } from '@playwright/test';
import { ARTICLE_URL } from './site.ts';
import { MENTION } from '../../src/lib/permalink.ts';

test('an entity link previews its entity on hover and on focus, without moving the text; Escape closes', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  const paragraph = page.locator('section.passage:has(#p2) > p');
  const link = paragraph.locator(MENTION, { hasText: 'Zenon Kuhchak' });
  await link.scrollIntoViewIfNeeded();
  const before = await paragraph.boundingBox();
  await link.hover();
  const card = page.locator('.preview-card');
  await expect(card).toBeVisible();
  await expect(card.locator('.preview-name')).toHaveText('Zenon Kuhchak');
  await expect(card.locator('.preview-type')).toContainText('person');
  await expect(link).toHaveAttribute('aria-describedby', 'preview-card');
  expect(await paragraph.boundingBox()).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await paragraph.locator(MENTION, { hasText: 'Polish military institutions' }).focus();
  await expect(card.locator('.preview-name')).toHaveText('Polish military institutions');
});

test('a citation link previews the cited report', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  await page.locator('a.citation', { hasText: 'Itar-Tass, September 14' }).focus();
  const card = page.locator('.preview-card');
  await expect(card.locator('.preview-type')).toHaveText('Cited report · ITAR-TASS');
  await expect(card.locator('.preview-name')).toHaveText('ITAR-TASS, 2004-09-14');
  await expect(card).toContainText('utro.ru');
});

test('dark mode follows the system, and the toggle overrides it and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(25, 25, 23)');
  const toggle = page.locator('button[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).toBe('rgb(255, 253, 248)');
  await page.goto('/entities/');
  expect(await background()).toBe('rgb(255, 253, 248)');
});

test('the print stylesheet prints the text with numbered notes after each paragraph, without chrome', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('details.cite').first()).toBeHidden();
  const note = page.locator('#p1-n1');
  expect(await note.evaluate((h) => getComputedStyle(h, '::before').content)).toBe('"Note " counter(note) ". "');
  const text = await page.locator('section.passage:has(#p1) > p').boundingBox();
  const aside = await note.locator('xpath=..').boundingBox();
  expect(aside!.y).toBeGreaterThan(text!.y + text!.height - 1);
  expect(await page.locator('a.citation').first().evaluate((a) => getComputedStyle(a, '::after').content)).toContain('</entities/avesta/#2004-09-17>');
});

test('pages read from 320 px wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of ['/', ARTICLE_URL, '/entities/', '/entities/avesta/', '/chronology/', '/sources/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});
