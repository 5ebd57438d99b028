/**
 * An entity's long lists in a generated archive: a list of more than its page shows whole has
 * pages of its own, every site on them once, and the entity page shows only its first few, the
 * same as the list's first page begins with; a shorter list is on the entity page whole.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { writeCorpus } from '../../tools/corpus/write.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { filesUnder } from '../dist-pages.ts';
import { buildSite, scratchFolder } from './site-build.ts';

const workspace = scratchFolder('entity-lists');

/** The paragraph links of a page's list of mentions (MentionSites), in order. */
const paragraphLinks = (html: string, within: string): string[] =>
  [...parseHTML(html).document.querySelectorAll(`${within} ul.sites a`)].filter((a) => /^paragraph \d+$/.test(a.textContent!)).map((a) => a.getAttribute('href')!);

test('a long list of mentions is on pages of its own, and the entity page shows its first few', () => {
  const content = join(workspace, 'content');
  writeCorpus(content, { articles: 60, seed: 'entity-lists' }, 'content');
  const dist = join(workspace, 'dist');
  const { status, output } = buildSite(content, join(workspace, 'cache'), dist);
  expect(status, output).toBe(0);

  const page = (slug: string) => readFileSync(join(dist, 'entities', slug, 'index.html'), 'utf8');
  const slugs = readdirSync(join(dist, 'entities')).filter((slug) => existsSync(join(dist, 'entities', slug, 'index.html')));
  const long = slugs.filter((slug) => existsSync(join(dist, 'entities', slug, 'mentions', 'index.html')));
  expect(long.length, 'entities with a list of mentions of their own').toBeGreaterThan(0);
  for (const slug of long) {
    const listPages = filesUnder(join(dist, 'entities', slug, 'mentions')).filter((path) => path.endsWith('index.html')).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const all = listPages.flatMap((path) => paragraphLinks(readFileSync(join(dist, 'entities', slug, 'mentions', path), 'utf8'), 'main'));
    expect(new Set(all).size, slug).toBe(all.length);
    expect(all.length, slug).toBeGreaterThan(PAGE_SIZE.entityInline);
    const shown = paragraphLinks(page(slug), 'section[aria-labelledby="mentioned-in"]');
    expect(shown, slug).toEqual(all.slice(0, PAGE_SIZE.entityPreview));
    expect(page(slug), slug).toContain(`<a href="/entities/${slug}/mentions/">All ${all.length} paragraphs that name`);
  }
  // A list the page shows whole: more than the first few, and no pages of its own.
  const whole = slugs.find((slug) => !long.includes(slug) && paragraphLinks(page(slug), 'section[aria-labelledby="mentioned-in"]').length > PAGE_SIZE.entityPreview);
  expect(whole, 'an entity named in more paragraphs than the first few, not in more than its page shows').toBeDefined();
  expect(page(whole!)).not.toContain(`/entities/${whole}/mentions/`);
}, 300_000);
