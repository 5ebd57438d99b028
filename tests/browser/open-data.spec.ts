import { expect, test } from '@playwright/test';
import { ARTICLE_SLUG, ENTITY_SLUGS } from './site.ts';

test('the open data files are published at their documented URLs', async ({ request }) => {
  const entities = await (await request.get('/data/entities.json')).json();
  expect(entities.entities.map((e: { id: string }) => e.id).sort()).toEqual([...ENTITY_SLUGS].sort());
  const entity = entities.entities.find((e: { id: string }) => e.id === 'avesta');
  const entityFile = await (await request.get(new URL(entity.data).pathname)).json();
  expect(entityFile.reports.map((report: { date: string }) => report.date)).toEqual(['2004-09-17', '2004-09-20']);
  const article = await (await request.get(`/data/articles/${ARTICLE_SLUG}.json`)).json();
  expect(article.paragraphs).toHaveLength(6);
  const annotations = await request.get(`/data/annotations/${ARTICLE_SLUG}.jsonld`);
  expect((await annotations.json()).type).toBe('AnnotationCollection');
  const csl = await (await request.get(`/data/articles/${ARTICLE_SLUG}.csl.json`)).json();
  expect(csl[0]).toMatchObject({ type: 'article-journal', title: article.title });
});
