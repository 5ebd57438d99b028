/** Citation files of an article and of each paragraph: /articles/<slug>/cite/{article,p1,…}.{bib,ris,json}. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../../data/corpus';
import { articleItem, FILE_FORMATS, formatFile } from '../../../../lib/cite';
import { articleUrl, paragraphUrl } from '../../../../lib/permalink';

export const getStaticPaths = (() =>
  getCorpus().articles.flatMap((article) =>
    [undefined, ...article.paragraphs.map((p) => p.n)].flatMap((paragraph) =>
      FILE_FORMATS.map((format) => ({
        params: { slug: article.slug, file: `${paragraph ? `p${paragraph}` : 'article'}.${format.extension}` },
        props: { article, paragraph, format },
      })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article, paragraph, format } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const path = paragraph ? paragraphUrl(article.slug, paragraph) : articleUrl(article.slug);
  const item = articleItem(article.slug, article.meta, new URL(path, site).href, paragraph);
  return new Response(formatFile(item, format.id), { headers: { 'Content-Type': `${format.mediaType}; charset=utf-8` } });
};
