import { expect, test, type APIRequestContext } from '@playwright/test';
import { ARTICLE_URL, ENTITY_SLUGS } from './site.ts';

/** Ids present on a page, fetched once per path. */
const idCache = new Map<string, Set<string>>();
async function idsOf(request: APIRequestContext, path: string): Promise<Set<string>> {
  if (!idCache.has(path)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    idCache.set(path, new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
  }
  return idCache.get(path)!;
}

test('the register lists every entity, grouped by type, with counts', async ({ page }) => {
  expect(ENTITY_SLUGS.length).toBeGreaterThan(30);
  await page.goto('/entities/');
  const links = await page.locator('.register-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.sort()).toEqual(ENTITY_SLUGS.map((slug) => `/entities/${slug}/`).sort());
  for (const type of ['person', 'organization', 'place', 'source', 'event']) {
    expect(await page.locator(`section:has(h2#${type}) .register-list li`).count(), type).toBeGreaterThan(0);
  }
  await expect(page.locator('li', { has: page.locator('a[href="/entities/tajikistan/"]') }).locator('.count')).toHaveText(/^(1[0-9]|[2-9][0-9])$/);
});

test('every back-link on every entity page resolves to an existing anchor', async ({ page, request }) => {
  test.setTimeout(120_000);
  let checked = 0;
  for (const slug of ENTITY_SLUGS) {
    await page.goto(`/entities/${slug}/`);
    await expect(page.locator('h1')).not.toBeEmpty();
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      const [path = '', anchor] = href.split('#');
      if (anchor === undefined) {
        expect((await request.get(path)).status(), `${slug}: ${href}`).toBe(200);
      } else {
        expect((await idsOf(request, path)).has(anchor), `${slug}: ${href}`).toBe(true);
      }
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(ENTITY_SLUGS.length * 2);
});

test('an entity page shows variants, mentions with snippets, and related entities both ways', async ({ page }) => {
  await page.goto('/entities/sherali-khayrulloyev/');
  await expect(page.locator('h1')).toHaveText(/Khayrulloyev/);
  await expect(page.locator('.variants')).toContainText('Khairulloyev');
  await expect(page.locator('.variants')).toContainText('Хайруллоев');
  const mentioned = page.locator('section:has(h2#mentioned-in) li a');
  await expect(mentioned.first()).toHaveAttribute('href', `${ARTICLE_URL}#p2`);
  await expect(page.locator('section:has(h2#mentioned-in) .sites q mark').first()).toHaveText('Sherali Khayrulloyev');
  await expect(page.locator('section:has(h2#related) a[href="/entities/ministry-of-defence-of-tajikistan/"]')).toBeVisible();
  await page.goto('/entities/ministry-of-defence-of-tajikistan/');
  await expect(page.locator('section:has(h2#related) a[href="/entities/sherali-khayrulloyev/"]')).toBeVisible();
});

test('the notes that name an entity are listed under their article’s title, each with its paragraph', async ({ page }) => {
  await page.goto('/entities/dushanbe/');
  const entries = page.locator('section:has(h2#discussed-in) .sites > li');
  await expect(entries).toHaveCount(1);
  const entry = entries.first();
  await expect(entry).toHaveText(/^Tajikistan Diversifies Its Security Assistance: /);
  const notes = await entry.locator('a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent! })));
  expect(notes.length).toBeGreaterThan(2);
  const text = await entry.textContent();
  for (const { href, title } of notes) {
    const [, paragraph] = /^.*#p(\d+)-n\d+$/.exec(href) ?? [];
    expect(href.startsWith(ARTICLE_URL), href).toBe(true);
    expect(text, href).toContain(`${title} (¶ ${paragraph})`);
  }
});

test('the paragraphs that name an entity are listed under their article’s title, each linked with its words around the name', async ({ page }) => {
  await page.goto('/entities/dushanbe/');
  const entries = page.locator('section:has(h2#mentioned-in) .sites > li');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toHaveText(/^Tajikistan Diversifies Its Security Assistance:/);
  const paragraphs = entries.first().locator('li');
  expect(await paragraphs.count()).toBeGreaterThan(1);
  for (const paragraph of await paragraphs.all()) {
    const link = paragraph.locator('a');
    const [, n] = /#p(\d+)$/.exec((await link.getAttribute('href'))!) ?? [];
    expect(await link.getAttribute('href')).toBe(`${ARTICLE_URL}#p${n}`);
    await expect(link).toHaveText(`paragraph ${n}`);
    await expect(paragraph.locator('q mark')).toHaveText(/./);
  }
});

test('a conjectured spelling is shown as one, and leads to the entity', async ({ page }) => {
  await page.goto('/entities/zenon-kuchciak/');
  await expect(page).toHaveURL(/\/entities\/zenon-kuhchak\/$/);
  await expect(page.locator('.variants', { hasText: 'Conjectured spelling' })).toContainText('Zenon Kuchciak');
  await expect(page.locator('.variants', { hasText: 'Also written' })).not.toContainText('Kuchciak');
});

test('an outlet page lists its cited reports with the paragraph and the claim', async ({ page }) => {
  await page.goto('/entities/avesta/#2004-09-17');
  const report = page.locator('li:has(> h3#\\32 004-09-17)');
  await expect(report.locator('a')).toHaveAttribute('href', `${ARTICLE_URL}#p1`);
  await expect(report.locator('.claim')).toContainText('Dushanbe also risks undermining still further the security of its own border with Afghanistan');
});
