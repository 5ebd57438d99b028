import { expect, test } from '@playwright/test';
import { loadEntityRedirects } from '../../src/data/entity-redirects.ts';
import { contentRoot } from '../../src/data/content-root.ts';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { entityUrl } from '../../src/lib/permalink.ts';
import { variantSlug } from '../../src/lib/redirects.ts';

const corpus = loadCorpus(contentRoot);
const nameOf = (slug: string): string => corpus.entities.get(slug)!.data.name;

/** Spellings a reader may type into the URL, and the entity each must reach (content/ only). */
const SPELLINGS: [string, string][] = [
  ['Khairulloyev', 'sherali-khayrulloyev'],
  ['Шерали Хайруллоев', 'sherali-khayrulloyev'],
  ['Momirak', 'momirak-range'],
  ['Момирак', 'momirak-range'],
  ['TASS', 'itar-tass'],
  ['ITAR-TASS', 'itar-tass'],
  ['Asia-Plus', 'asia-plus'],
  ['Азия-Плюс', 'asia-plus'],
];

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test.skip(Boolean(process.env.GLOSSA_CONTENT), 'these spellings are those of content/');

    for (const [spelling, slug] of SPELLINGS) {
      test(`/entities/${variantSlug(spelling)}/ (${spelling}) reaches ${entityUrl(slug)}`, async ({ page }) => {
        await page.goto(entityUrl(variantSlug(spelling)));
        await expect(page).toHaveURL(new RegExp(`${entityUrl(slug)}$`));
        await expect(page.locator('h1')).toHaveText(nameOf(slug));
      });
    }
  });
}

test.describe('every redirect', () => {
  test.use({ javaScriptEnabled: false });

  test('reaches its entity page by its meta refresh alone', async ({ page }) => {
    test.setTimeout(120_000);
    const redirects = loadEntityRedirects();
    expect(redirects.length).toBeGreaterThan(0);
    for (const redirect of redirects) {
      await page.goto(redirect.from);
      await expect(page, `${redirect.from} (${redirect.spellings.join(', ')})`).toHaveURL(new RegExp(`${redirect.to}$`));
      await expect(page.locator('h1')).toHaveText(nameOf(redirect.entity));
    }
  });
});
