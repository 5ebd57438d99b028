import { expect, test } from '@playwright/test';
import { readArticleFile } from '../../src/lib/content-files.ts';
import { articleItem, formatText, parseCitations, TEXT_STYLES } from '../../src/lib/cite.ts';
import { ARTICLE_SLUG, ARTICLE_URL, ORIGINAL_PARAGRAPHS } from './site.ts';

const { meta } = readArticleFile(`content/articles/${ARTICLE_SLUG}.mdx`);
/** The current edition's permanent address, which the article page cites (its canonical URL stays the article's). */
const EDITION_URL = `${ARTICLE_URL}editions/${meta.edition.number}/`;

test('the article carries Highwire Press tags that match the article data', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  const tags = Object.fromEntries(
    await page.locator('head meta[name^="citation_"]').evaluateAll((metas) => metas.map((m) => [m.getAttribute('name'), m.getAttribute('content')])),
  );
  expect(tags).toMatchObject({
    citation_title: meta.title,
    citation_journal_title: meta.publication.name,
    citation_volume: String(meta.volume),
    citation_issue: String(meta.issue),
    citation_publisher: meta.publisher.name,
    citation_publication_date: meta.published.date.replaceAll('-', '/'),
  });
  expect(tags['citation_fulltext_html_url']).toMatch(new RegExp(`${EDITION_URL}$`));
  // As Zotero's Embedded Metadata translator reads the date (HIGHWIRE_MAPPINGS: citation_publication_date,
  // then citation_date over it, the text kept as given): the approximate date stays approximate.
  const zoteroDate = tags['citation_date'] ?? tags['citation_publication_date'];
  expect(zoteroDate).toBe(meta.published.approximate ? `ca. ${meta.published.date.replaceAll('-', '/')}` : meta.published.date.replaceAll('-', '/'));
  expect(meta.published.approximate).toBe(true);
  expect(tags).not.toHaveProperty('citation_author'); // the byline is blank: no author is invented
});

test('the article and an entity carry schema.org JSON-LD', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  const edition = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  // The original is described once, with its @id, and referred to by it.
  expect(edition).toMatchObject({ '@type': 'CreativeWork', version: String(meta.edition.number), isBasedOn: { '@type': 'NewsArticle', '@id': meta.originalUrls[0], headline: meta.title } });
  expect(edition.about).toEqual({ '@id': meta.originalUrls[0] });
  expect(edition.isBasedOn.isPartOf.isPartOf.isPartOf.name).toBe(meta.publication.name);
  await page.goto('/entities/tajikistan/');
  const place = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(place).toMatchObject({ '@type': 'Place', name: 'Tajikistan' });
  expect(place.sameAs).toContain('https://www.wikidata.org/wiki/Q863');
});

test('each paragraph can be cited in three styles, with files that reference managers read', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  const block = page.locator('.passage-head:has(#p3) details.cite');
  await block.locator('summary').click();
  await expect(block.locator('.cite-address')).toContainText(`Citing Glossa edition ${meta.edition.number}`);
  // The page script makes each reference from the article's; it must be what Citation.js gives the paragraph.
  const articleUrl = new URL(EDITION_URL, (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href;
  const paragraphUrl = `${articleUrl}#p3`;
  const paragraph = articleItem(ARTICLE_SLUG, meta, paragraphUrl, 3);
  await expect(block.locator('.cite-text')).toHaveText(TEXT_STYLES.map((style) => formatText(paragraph, style.id)));
  await expect(block.locator('.cite-text').first()).toContainText(paragraphUrl);
  // Each style's entry: the reference, then its in-text form.
  await expect(block.locator('dd').first()).toContainText('In text:');
  await expect(block.locator('dd').first()).toContainText('para. 3');
  const fragment = await block.locator('a', { hasText: 'link to the exact words' }).getAttribute('href');
  expect(fragment).toMatch(new RegExp(`${EDITION_URL}#p3:~:text=${encodeURIComponent(ORIGINAL_PARAGRAPHS[2]!.split(' ')[0]!)}`));
  // Reference managers get the article's files and cite the paragraph with a locator.
  await expect(block.locator('.cite-address')).toContainText('the locator “para. 3”');
  await block.locator('.cite-address a[href="#cite-files"]').click();
  const files = page.locator('#cite-files');
  await expect(files).toBeVisible();
  const downloads = await files.locator('a').evaluateAll((links) => links.map((a) => [a.getAttribute('href')!, a.getAttribute('download')!]));
  expect(downloads.map(([, name]) => name)).toEqual(['bib', 'ris', 'json'].map((extension) => `${ARTICLE_SLUG}.${extension}`));
  for (const [href] of downloads) {
    // The file travels in the link: a data: URL, percent-encoded, with the article's entry.
    expect(href).toMatch(/^data:application\/[a-z.+-]+;charset=utf-8,/);
    const items = parseCitations(decodeURIComponent(href!.slice(href!.indexOf(',') + 1)));
    expect(items, href).toHaveLength(1);
    expect(items[0], href).toMatchObject({ title: meta.title, URL: articleUrl });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('a paragraph’s block gives its address and in-text forms, and points to the article’s reference', async ({ page }) => {
    await page.goto(ARTICLE_URL);
    const block = page.locator('.passage-head:has(#p3) details.cite');
    await block.locator('summary').click();
    await expect(block.locator('.cite-address')).toContainText(`${new URL(EDITION_URL, (await page.locator('link[rel="canonical"]').getAttribute('href'))!).href}#p3`);
    await expect(block.locator('dd')).toContainText(['In text:', 'In text:', 'In text:']);
    await expect(page.locator('button.copy-button')).toHaveCount(0);
    await block.locator('.cite-address a[href="#cite-files"]').click();
    await expect(page.locator('.edition-header .cite-text')).toHaveCount(3);
  });
});

test('copy buttons appear where JavaScript runs, and copy the citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(ARTICLE_URL);
  const block = page.locator('.edition-header details.cite');
  await block.locator('summary').click();
  const button = block.locator('button.copy-button').first();
  await button.click();
  await expect(button).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('.cite-text').first().textContent());
});

/** The meta tags of the page, by name or property, as Zotero's Embedded Metadata translator reads them. */
const metaTags = (page: import('@playwright/test').Page) =>
  page.locator('head meta').evaluateAll((metas) => Object.fromEntries(metas.flatMap((m) => { const key = m.getAttribute('name') ?? m.getAttribute('property'); return key ? [[key, m.getAttribute('content') ?? '']] : []; })));

test('Zotero reads an entity page as a web page of the Glossa register: its name alone, the site, the register’s date', async ({ page }) => {
  await page.goto('/entities/sherali-khayrulloyev/');
  const tags = await metaTags(page);
  // RDF translator: og:type website → webpage; og:title → title; og:site_name → website title; dc:date → date.
  expect(tags).toMatchObject({ 'og:type': 'website', 'og:title': 'Sherali Khayrulloyev', 'og:site_name': 'Glossa' });
  expect(tags['DC.date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Object.keys(tags).some((key) => key.startsWith('citation_'))).toBe(false); // no Highwire tag: it would make it a journal article
});

test('an edition page says what it is where Zotero and link previews read it', async ({ page }) => {
  await page.goto(ARTICLE_URL);
  const tags = await metaTags(page);
  expect(tags['og:type']).toBe('article');
  expect(tags['og:description']).toMatch(new RegExp(`^Glossa edition ${meta.edition.number} \\(.+\\), an annotated edition of the original\\. `));
  expect(tags['description']).toBe(tags['og:description']);
});
