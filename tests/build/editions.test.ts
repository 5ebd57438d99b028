/**
 * Every published edition has its own page, exactly as it was published: the fixture published,
 * one note corrected and published as edition 2, then built.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { publishEdition } from '../../src/lib/publish-edition.ts';
import { buildSite, scratchFolder } from './site-build.ts';

const workspace = scratchFolder('editions');

test('edition 1 keeps the note edition 2 corrected; each edition page cites its own address and names the current one', () => {
  const content = join(workspace, 'content');
  cpSync('tests/fixtures/mini', content, { recursive: true });
  publishEdition(content, 'a-small-article', 'First edition.', '2026-12-01');
  const article = join(content, 'articles/a-small-article.mdx');
  writeFileSync(article, readFileSync(article, 'utf8').replace('The capital.', 'The capital of Tajikistan.'));
  publishEdition(content, 'a-small-article', 'Names the country.', '2026-12-02');
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
    expect(html).toContain(`<meta name="citation_fulltext_html_url" content="https://glossa.example.org/articles/a-small-article/editions/${n}/">`);
    expect(html).toContain('<link rel="canonical" href="https://glossa.example.org/articles/a-small-article/">');
    expect(html).toContain('id="p1-n1"');
  }
  // Edition 1's notes as published, in their own Web Annotations, targeting edition 1's page.
  const earlier = JSON.parse(readFileSync(join(dist, 'data/annotations/a-small-article/editions/1.jsonld'), 'utf8'));
  expect(earlier.first.items[0]).toMatchObject({ target: { source: 'https://glossa.example.org/articles/a-small-article/editions/1/' }, body: { value: 'Where\n\nThe capital.' } });
  expect(first).toContain('Glossa edition 1, November 27, 2026');
  expect(second).toContain('Glossa edition 2, December 2, 2026');
});
