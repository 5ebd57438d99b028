/**
 * /data/articles/<slug>.json: the article, its paragraphs with their marks, its notes, and its
 * CSL-JSON record (`csl`). The separate /data/articles/<slug>.csl.json is built only where it was
 * published (src/data/published-files.ts): the same record, one file per article fewer.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { isLocked } from '../../../data/published-files';
import { articleItem, formatFile } from '../../../lib/cite';
import { articleData } from '../../../lib/open-data';
import { cacheKey } from '../../../lib/page-keys';
import { articleUrl } from '../../../lib/permalink';

export const getStaticPaths = (() => {
  const corpus = getCorpus();
  return corpus.articles.flatMap((article) => [
    { params: { file: `${article.slug}.json` }, props: { article, csl: false }, cacheKey: cacheKey(corpus, article) },
    ...(isLocked(`/data/articles/${article.slug}.csl.json`) ? [{ params: { file: `${article.slug}.csl.json` }, props: { article, csl: true }, cacheKey: cacheKey(corpus, article.meta) }] : []),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article, csl } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const absolute = (path: string) => new URL(path, site).href;
  const record = articleItem(article.slug, article.meta, absolute(articleUrl(article.slug)));
  if (csl) return new Response(formatFile(record, 'csl'), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
  return Response.json({ ...articleData(article, absolute), csl: record });
};
