/**
 * Published editions read as they were published: edition 1 keeps the notes edition 2 corrected,
 * the changes page lists the corrections, and each edition page cites itself.
 */
import { expect, test } from '@playwright/test';
import { readArticleFile } from '../../src/lib/content-files.ts';
import { parseCitations } from '../../src/lib/cite.ts';
import { readEditionsLock } from '../../src/lib/editions.ts';
import { ARTICLE_SLUG, ARTICLE_URL } from './site.ts';

const { meta } = readArticleFile(`content/articles/${ARTICLE_SLUG}.mdx`);
const editions = readEditionsLock('content').filter((edition) => edition.article === ARTICLE_SLUG);
const FIRST = `${ARTICLE_URL}editions/1/`;
const CHANGES = `${ARTICLE_URL}changes/`;

/** Notes edition 2 corrected: words only edition 1 has, words only edition 2 has. */
const CORRECTED = [
  { id: 'p1-n2', before: 'Wednesday, 22 September 2004', after: 'c. 22–23 September 2004', removed: 'Wednesday', added: '23' },
  { id: 'p3-n5', before: 'The largest single US project on the border', after: 'A major American project on the border', removed: 'largest', added: 'major' },
  { id: 'p4-n3', before: 'when the Russians withdrew they took their post-Soviet equipment', after: 'Tajik border guards later told an American reporter', removed: 'withdrew', added: 'reporter' },
  { id: 'p5-n1', before: 'in fact two of its three garrison towns', after: 'names one of the garrison towns', removed: 'fact', added: 'names' },
  { id: 'p6-n4', before: 'Drug seizures rose after the handover', after: 'cannot be read from the figures found', removed: 'Drug', added: 'cannot' },
];

test('the article has later editions, and its first is kept', () => {
  expect(editions.map((edition) => edition.number)).toEqual(editions.map((_, index) => index + 1));
  expect(editions.length).toBeGreaterThanOrEqual(2);
  expect(meta.edition.number).toBe(editions.at(-1)!.number);
});

test('edition 1 keeps the text of the notes edition 2 corrected; edition 2 and the current page have the correction', async ({ page }) => {
  await page.goto(FIRST);
  await expect(page.locator('.edition-notice')).toContainText('It is not the current edition');
  for (const { id, before, after } of CORRECTED) {
    const note = page.locator(`aside:has(h3#${id})`);
    await expect(note, id).toContainText(before);
    await expect(note, id).not.toContainText(after);
  }
  for (const path of [`${ARTICLE_URL}editions/2/`, ARTICLE_URL]) {
    await page.goto(path);
    for (const { id, before, after } of CORRECTED) {
      const note = page.locator(`aside:has(h3#${id})`);
      await expect(note, `${path}#${id}`).toContainText(after);
      await expect(note, `${path}#${id}`).not.toContainText(before);
    }
  }
});

test('the changes page lists each correction word by word, with the editors’ note, and links both editions', async ({ page }) => {
  await page.goto(`${FIRST}`);
  await page.locator('.edition-notice a', { hasText: 'what edition 2 changed' }).click();
  await expect(page).toHaveURL(new RegExp(`${CHANGES}#edition-2$`));
  await expect(page.locator('#edition-2 .editors-note')).toContainText(editions[1]!.note.split('\n')[0]!.slice(0, 60));
  for (const { id, removed, added } of CORRECTED) {
    const entry = page.locator(`#edition-2-${id}`);
    await expect(entry.locator('.flag'), id).toHaveText('Corrected');
    await expect(entry, id).toBeVisible();
    expect((await entry.locator('.word-diff del').allTextContents()).join(' '), id).toContain(removed);
    expect((await entry.locator('.word-diff ins').allTextContents()).join(' '), id).toContain(added);
    await expect(entry.locator(`a[href="${FIRST}#${id}"]`), id).toBeVisible();
    await expect(entry.locator(`a[href="${ARTICLE_URL}editions/2/#${id}"]`), id).toBeVisible();
  }
  // The two notes edition 2 added.
  for (const id of ['p2-n6', 'p6-n6']) await expect(page.locator(`#edition-2-${id} .flag`)).toHaveText('Added');
  await expect(page.locator('#edition-1')).toContainText('The first edition');
});

test('edition 1’s page cites edition 1 in every format; its canonical is the article', async ({ page }) => {
  await page.goto(FIRST);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  expect(new URL(canonical).pathname).toBe(ARTICLE_URL);
  const address = new URL(FIRST, canonical).href;
  const tags = Object.fromEntries(await page.locator('head meta[name^="citation_"]').evaluateAll((metas) => metas.map((m) => [m.getAttribute('name'), m.getAttribute('content')])));
  expect(tags['citation_fulltext_html_url']).toBe(address);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ url: address, version: '1' });
  await expect(page.locator('.edition-header .cite-version')).toContainText('Glossa edition 1');
  await expect(page.locator('.edition-header .cite-text').first()).toContainText(address);
  const downloads = await page.locator('#cite-files a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(downloads).toHaveLength(3);
  for (const href of downloads) {
    const file = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(file, href.slice(0, 40)).toContain('edition 1');
    expect(parseCitations(file)[0], href.slice(0, 40)).toMatchObject({ URL: address });
  }
});
