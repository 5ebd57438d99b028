import { expect, test } from '@playwright/test';
import { ARTICLE_URL, ORIGINAL_PARAGRAPHS } from './site.ts';
import { MENTION } from '../../src/lib/permalink.ts';

test.describe('the reading page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(ARTICLE_URL);
  });

  test('has the six paragraphs of the original, numbered, verbatim, in order', async ({ page }) => {
    expect(ORIGINAL_PARAGRAPHS).toHaveLength(6);
    const passages = page.locator('section.passage');
    await expect(passages).toHaveCount(6);
    for (const [index, text] of ORIGINAL_PARAGRAPHS.entries()) {
      const passage = passages.nth(index);
      const heading = passage.locator(`h2#p${index + 1}`);
      await expect(heading).toHaveText(`Paragraph ${index + 1}`);
      await expect(heading.locator('a')).toHaveAttribute('href', `#p${index + 1}`);
      expect(await passage.locator(':scope > p').textContent()).toBe(text);
    }
  });

  test('every paragraph has at least one labelled editorial annotation with an anchor', async ({ page }) => {
    for (let n = 1; n <= 6; n++) {
      const notes = page.locator(`section.passage:has(h2#p${n}) aside.annotation`);
      expect(await notes.count(), `paragraph ${n}`).toBeGreaterThan(0);
      const first = notes.first();
      await expect(first.locator('h3')).toHaveAttribute('id', `p${n}-n1`);
      await expect(first).toHaveAttribute('aria-labelledby', `p${n}-n1`);
      await expect(first.locator('h3 > span')).toContainText('Editorial note');
    }
  });

  test('all five citations of the original link to dated reports that exist', async ({ page, request }) => {
    const citations = page.locator('section.passage > p a.citation');
    await expect(citations).toHaveCount(5);
    const hrefs = await citations.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs).toEqual([
      '/entities/avesta/#2004-09-17',
      '/entities/avesta/#2004-09-20',
      '/entities/asia-plus/#2004-09-21',
      '/entities/asia-plus/#2004-09-16',
      '/entities/itar-tass/#2004-09-14',
    ]);
    for (const href of hrefs) {
      const [path, anchor] = href.split('#') as [string, string];
      const html = await (await request.get(path)).text();
      expect(html, href).toContain(`id="${anchor}"`);
    }
  });

  test('every mention in the text links to an entity page that exists', async ({ page, request }) => {
    const hrefs = await page.locator('section.passage > p').locator(MENTION).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(60);
    for (const href of new Set(hrefs)) {
      expect(href).toMatch(/^\/entities\/[a-z0-9-]+\/$/);
      expect((await request.get(href)).status(), href).toBe(200);
    }
  });

  test('the header gives the publication, the blank byline as such, and how to cite', async ({ page }) => {
    const header = page.locator('.edition-header');
    await expect(header.locator('h1')).toHaveText('Tajikistan Diversifies Its Security Assistance');
    await expect(header).toContainText('Eurasia Daily Monitor');
    await expect(header).toContainText('Volume 1');
    await expect(header).toContainText('Issue 90');
    await expect(header.locator('dd', { hasText: 'blank in the original' })).toBeVisible();
    await expect(header.locator('.flag', { hasText: 'approximate' })).toBeVisible();
    await expect(header.locator('.cite-text').first()).toContainText('“Tajikistan Diversifies Its Security Assistance.” Eurasia Daily Monitor 1, no. 90');
  });

  test('on a wide screen, annotations sit beside their paragraph; on a narrow one, after it', async ({ page }) => {
    const text = page.locator('section.passage:has(h2#p1) > p');
    const note = page.locator('#p1-n1').locator('xpath=..');
    await page.setViewportSize({ width: 1400, height: 900 });
    let [textBox, noteBox] = [await text.boundingBox(), await note.boundingBox()];
    expect(noteBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);
    await page.setViewportSize({ width: 400, height: 900 });
    [textBox, noteBox] = [await text.boundingBox(), await note.boundingBox()];
    expect(noteBox!.y).toBeGreaterThanOrEqual(textBox!.y + textBox!.height);
  });
  test('a note lists its references under its text, numbered on across the article, and a reference number leads to its entry there', async ({ page }) => {
    const note = page.locator('aside:has(#p1-n1)');
    const references = note.locator('ol.note-references > li');
    await expect(references.first()).toContainText('EurasiaNet, “US eyes bases in Tajikistan,”');
    await expect(references.first().locator('a[href^="https://"]')).toBeVisible();
    const count = await references.count();
    // The next note's list starts where this one's ends.
    await expect(page.locator('aside:has(#p1-n2) ol.note-references')).toHaveAttribute('start', String(count + 1));
    const marker = note.locator('sup a').nth(1);
    const target = await marker.getAttribute('href');
    await marker.click();
    await expect(note.locator(`li${target}`)).toBeInViewport();
    await expect(page.locator('section.footnotes, [data-footnotes]')).toHaveCount(0);
  });
});
