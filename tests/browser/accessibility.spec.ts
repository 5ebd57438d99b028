/**
 * Accessibility of every page of the built site (tests/dist-pages.ts; redirect stubs left out), in
 * the light and the dark theme: axe-core finds no violation (all its rules but the experimental
 * ones, so landmarks must be unique and contrast sufficient), the first thing a keyboard reaches is
 * a skip link to #main, and every editorial annotation is labelled by its heading.
 *
 * One browser context per page, reused for both themes. Each <details> (the "Cite" blocks) is
 * opened first, so that what a reader opens is checked too. The light theme gets every rule; the
 * dark one, which changes only colours, the colour rules. axe runs in "legacy mode" (in the page,
 * without opening a second page per run): the site has no iframes, and it halves the time.
 * A preview card and the search dialog with results, which exist only after interaction, have
 * their own tests.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { distPages } from '../dist-pages.ts';
import { ARTICLE_URL } from './site.ts';
import { MENTION } from '../../src/lib/permalink.ts';

const PAGES = distPages().map((page) => page.path);
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];
/** The rules whose outcome depends on colour: all that the dark theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations in a colour scheme, one readable line per element, with axe's summary (colours for contrast). */
async function violations(page: Page, label: string, scheme: Scheme, include?: string): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: scheme });
  // Let any colour transition finish before colours are measured.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  if (scheme === 'dark') builder = builder.withRules(COLOUR_RULES);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${label} [${scheme}] ${violation.id} (${violation.impact}): ${violation.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`),
  );
}

test.describe('accessibility', () => {
  test('the gate covers the whole site', () => {
    expect(PAGES.length).toBeGreaterThan(40);
    expect(PAGES).toContain(ARTICLE_URL);
  });

  for (const path of PAGES) {
    test(`${path}: no axe violations in light and dark, a skip link, labelled annotations`, async ({ page }) => {
      test.setTimeout(90_000); // the article page is large, and the machines small
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
      await page.goto(path);

      // The first thing a keyboard reaches is a skip link to the main landmark, shown when focused.
      const first = page.locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').first();
      await expect(first).toHaveAttribute('href', '#main');
      await expect(first).toHaveText(/skip/i);
      await first.focus();
      await expect(first).toBeInViewport();
      await first.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();

      // Each annotation is labelled by a heading of its own that says something.
      const labels = await page.locator('aside.annotation').evaluateAll((asides) =>
        asides.map((aside) => {
          const ids = aside.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
          const targets = ids.map((id) => document.getElementById(id));
          const ok = targets.length > 0 && targets.every((target) => target !== null && /^H[1-6]$/.test(target.tagName) && target.textContent!.trim() !== '' && aside.contains(target));
          return ok ? '' : `aside.annotation ${aside.getAttribute('aria-labelledby') ?? '(no aria-labelledby)'} is not labelled by its heading`;
        }),
      );
      expect(labels.filter(Boolean)).toEqual([]);
      if (path === ARTICLE_URL) expect(labels.length).toBeGreaterThan(6);

      await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      const found: string[] = [];
      for (const scheme of SCHEMES) found.push(...(await violations(page, path, scheme)));
      expect(found, found.join('\n')).toEqual([]);
    });
  }

  test('a preview card, opened from the keyboard, in light and dark', async ({ page }) => {
    await page.goto(ARTICLE_URL);
    await page.locator('section.passage > p').locator(MENTION).first().focus();
    await expect(page.locator('.preview-card')).toBeVisible();
    const found: string[] = [];
    for (const scheme of SCHEMES) found.push(...(await violations(page, 'preview card', scheme, '.preview-card')));
    expect(found, found.join('\n')).toEqual([]);
  });

  test('the search dialog before a query: no empty listbox', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('combobox')).toBeVisible();
    await expect(page.locator('[role="listbox"]')).toBeHidden();
    const found: string[] = [];
    for (const scheme of SCHEMES) found.push(...(await violations(page, 'search before a query', scheme, '.search-ui')));
    expect(found, found.join('\n')).toEqual([]);
  });

  test('the search dialog with results, in light and dark', async ({ page }) => {
    await page.goto(ARTICLE_URL);
    await page.keyboard.press('Control+k');
    await page.locator('dialog.search-dialog').getByRole('combobox').fill('Momirak');
    await expect(page.locator('dialog [role="option"]').first()).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    const found: string[] = [];
    for (const scheme of SCHEMES) found.push(...(await violations(page, 'search dialog', scheme, 'dialog.search-dialog')));
    expect(found, found.join('\n')).toEqual([]);
  });
});
