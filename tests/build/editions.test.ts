/**
 * Every published edition has its own page, exactly as it was published, and the changes page
 * says what each changed: the fixture published, then edition 2 (one note corrected, one removed,
 * one added), then built.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { publishEdition } from '../../src/lib/publish-edition.ts';
import { siteOrigin } from '../../src/lib/site-origin.ts';
import { buildSite, scratchFolder } from './site-build.ts';

/** The origin the build makes its absolute URLs with (GLOSSA_SITE, or the local server's). */
const ORIGIN = siteOrigin(process.env.GLOSSA_SITE).replace(/\/$/, '');

const workspace = scratchFolder('editions');

test('edition 1 keeps the note edition 2 corrected; each edition page cites its own address and names the current one', () => {
  const content = join(workspace, 'content');
  cpSync('tests/fixtures/mini', content, { recursive: true });
  publishEdition(content, 'a-small-article', 'First edition.', '2026-12-01');
  const article = join(content, 'articles/a-small-article.mdx');
  const removed = /\n<Annotation id="p2-n1"[\s\S]*?<\/Annotation>\n/;
  const added = '</Annotation>\n\n<Annotation id="p1-n2" kind="analysis" title="Why">\nA new reading.\n</Annotation>\n</Paragraph>';
  const edited = readFileSync(article, 'utf8').replace('The capital.', 'The capital of Tajikistan.').replace(removed, '\n').replace('</Annotation>\n</Paragraph>', added);
  writeFileSync(article, edited);
  publishEdition(content, 'a-small-article', 'Names the country.\n\n- Drops the note on what came after.', '2026-12-02');
  const dist = join(workspace, 'dist');
  const { status, output } = buildSite(content, join(workspace, 'cache'), dist);
  expect(output).toContain('page(s) built');
  expect(status).toBe(0);
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  const [current, first, second] = ['articles/a-small-article', 'articles/a-small-article/editions/1', 'articles/a-small-article/editions/2'].map(page);
  expect(first).toContain('The capital.');
  expect(first).not.toContain('The capital of Tajikistan.');
  expect(first).toContain('It is not the current edition');
  expect(second).toContain('The capital of Tajikistan.');
  expect(current).toContain('The capital of Tajikistan.');
  for (const [html, n] of [[first, 1], [second, 2]] as const) {
    expect(html).toContain(`<meta name="citation_fulltext_html_url" content="${ORIGIN}/articles/a-small-article/editions/${n}/">`);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/articles/a-small-article/">`);
    expect(html).toContain('id="p1-n1"');
  }
  // Edition 1's notes as published, in their own Web Annotations, targeting edition 1's page.
  const earlier = JSON.parse(readFileSync(join(dist, 'data/annotations/a-small-article/editions/1.jsonld'), 'utf8'));
  expect(earlier.first.items[0]).toMatchObject({ target: `${ORIGIN}/articles/a-small-article/editions/1/#p1`, body: { value: 'Where\n\nThe capital.' } });
  expect(first).toContain('Glossa edition 1, November 27, 2026');
  expect(second).toContain('Glossa edition 2, December 2, 2026');

  // The changes page: each edition's note, and per note what was corrected (word by word), removed and added.
  const changes = page('articles/a-small-article/changes');
  const entry = (id: string) => changes.slice(changes.indexOf(`id="${id}"`), changes.indexOf('</li>', changes.indexOf(`id="${id}"`)));
  expect(changes).toContain('id="edition-1"');
  expect(changes).toContain('<p>Names the country.</p><ul><li>Drops the note on what came after.</li></ul>');
  expect(changes).toContain('1 note added, 1 note corrected, 1 note removed');
  expect(entry('edition-2-p1-n1')).toMatch(/Corrected[\s\S]*The capital[\s\S]*<ins>[\s\S]*Tajikistan/);
  expect(entry('edition-2-p1-n1')).toContain('href="/articles/a-small-article/editions/1/#p1-n1"');
  expect(entry('edition-2-p2-n1')).toMatch(/Removed[\s\S]*<del>[\s\S]*Later\./);
  expect(entry('edition-2-p1-n2')).toMatch(/Added[\s\S]*A new reading\./);
  // The removed note's anchor stays on the current page and leads to its entry; edition 1 links what edition 2 changed.
  expect(current).toMatch(/<p id="p2-n1"[^>]*>[\s\S]*?href="\/articles\/a-small-article\/changes\/#edition-2-p2-n1"/);
  expect(first).not.toContain('was removed in edition');
  expect(first).toContain('href="/articles/a-small-article/changes/#edition-2"');
  expect(current).toContain('href="/articles/a-small-article/changes/"');
});
