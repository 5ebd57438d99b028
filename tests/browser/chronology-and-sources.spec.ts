import { expect, test } from '@playwright/test';
import { ARTICLE_URL } from './site.ts';

test('every chronology item links to an anchor that exists, in date order', async ({ page, request }) => {
  await page.goto('/chronology/');
  const items = page.locator('ol.chronology > li');
  expect(await items.count()).toBeGreaterThan(20);
  const dates = await items.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort());
  await expect(page.locator('li.chronology-original time[datetime="2004-09-20"]')).toBeVisible();
  await expect(page.locator('li.chronology-editorial time[datetime="2004-10-16"]').first()).toBeVisible();
  // Names are linked where they stand in the sentence, as in the articles.
  const cited = items.filter({ hasText: 'Avesta report, cited for' }).first();
  await expect(cited.locator('p').first().locator('a.mention')).toHaveAttribute('href', '/entities/avesta/');
  await expect(items.locator('p:first-of-type a.mention')).not.toHaveCount(0);
  const targets = await items.locator('.chronology-source a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
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
