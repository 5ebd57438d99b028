/** /data/articles/<slug>.json (the article and its notes) and /data/articles/<slug>.csl.json (its CSL-JSON record). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { articleItem, formatFile } from '../../../lib/cite';
import { articleData } from '../../../lib/open-data';
import { articleUrl } from '../../../lib/permalink';

export const getStaticPaths = (() =>
  getCorpus().articles.flatMap((article) => [
    { params: { file: `${article.slug}.json` }, props: { article, csl: false } },
    { params: { file: `${article.slug}.csl.json` }, props: { article, csl: true } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article, csl } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const absolute = (path: string) => new URL(path, site).href;
  if (csl) {
    return new Response(formatFile(articleItem(article.slug, article.meta, absolute(articleUrl(article.slug))), 'csl'), {
      headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
    });
  }
  return Response.json(articleData(article, absolute));
};
