/**
 * Citation files of an article and of its paragraphs, /articles/<slug>/cite/{article,p1,…}.{bib,ris,json},
 * for the URLs that were published (src/data/published-files.ts); new downloads are data: links in the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../../data/corpus';
import { absoluteUrl } from '../../../../data/content-root';
import { isLocked } from '../../../../data/published-files';
import { articleItem, FILE_FORMATS, formatFile } from '../../../../lib/cite';
import { cacheKey } from '../../../../lib/page-keys';
import { articleCiteFileUrl, articleUrl, paragraphUrl } from '../../../../lib/permalink';

export const getStaticPaths = (() => {
  const corpus = getCorpus();
  return corpus.articles.flatMap((article) =>
    [undefined, ...article.paragraphs.map((p) => p.n)].flatMap((paragraph) =>
      FILE_FORMATS.filter((format) => isLocked(articleCiteFileUrl(article.slug, paragraph ? `p${paragraph}` : 'article', format.extension))).map((format) => ({
        params: { slug: article.slug, file: `${paragraph ? `p${paragraph}` : 'article'}.${format.extension}` },
        props: { article, paragraph, format },
        cacheKey: cacheKey(corpus, article.meta, paragraph, format.id),
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article, paragraph, format } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const path = paragraph ? paragraphUrl(article.slug, paragraph) : articleUrl(article.slug);
  const item = articleItem(article.slug, article.meta, absoluteUrl(path, site), paragraph);
  return new Response(formatFile(item, format.id), { headers: { 'Content-Type': `${format.mediaType}; charset=utf-8` } });
};
