import { expect, test } from '@playwright/test';
import { ARTICLE_URL } from './site.ts';
import { MENTION } from '../../src/lib/permalink.ts';

test('every chronology item links to an anchor that exists, in date order', async ({ page, request }) => {
  await page.goto('/chronology/');
  // Items under their date, each date once.
  const dated = page.locator('ol.chronology > li');
  const items = dated.locator('> ol > li');
  expect(await items.count()).toBeGreaterThan(20);
  expect(await dated.count()).toBeLessThan(await items.count());
  const dates = await dated.locator('> time').evaluateAll((times) => times.map((t) => `${t.getAttribute('datetime')} ${t.textContent}`));
  expect(dates).toEqual([...dates].sort());
  expect(new Set(dates).size).toBe(dates.length);
  const on = (date: string) => dated.filter({ has: page.locator(`> time[datetime="${date}"]`) });
  await expect(on('2004-09-20').locator('li.original').first()).toBeVisible();
  await expect(on('2004-10-16').locator('li:not(.original, .citation)', { hasText: 'Editorial note' }).first()).toBeVisible();
  // Names are linked where they stand in the sentence, as in the articles.
  const cited = items.filter({ hasText: 'Avesta report, cited for' }).first();
  await expect(cited.locator('p').first().locator(MENTION)).toHaveAttribute('href', '/entities/avesta/');
  await expect(items.locator('p:first-of-type').locator(MENTION)).not.toHaveCount(0);
  const targets = await items.locator('small a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const pages = new Map<string, string>();
  for (const href of new Set(targets)) {
    const [path = '', anchor] = href.split('#');
    if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
    if (anchor) expect(pages.get(path), href).toContain(`id="${anchor}"`);
    else expect(pages.get(path), href).toContain('<h1');
  }
});

test('the source ledger shows which claims rest on which outlet, and which on none', async ({ page }) => {
  await page.goto('/sources/');
  const rows = page.locator('table.ledger tbody tr');
  await expect(rows).toHaveCount(5);
  await expect(rows.filter({ hasText: 'ITAR-TASS' })).toContainText('state-owned, Russia');
  await expect(rows.filter({ hasText: 'Asia-Plus, September 21, 2004' })).toContainText('Zenon Kuhchak');
  await expect(rows.first().locator('a').first()).toHaveAttribute('href', `${ARTICLE_URL}#p1`);
  await expect(page.locator('details.uncited')).toHaveCount(6);
  await expect(page.locator('details.uncited', { hasText: 'Paragraph 6' })).toContainText('7 of 7 sentences');
});
