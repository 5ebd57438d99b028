/** /data/annotations/<slug>.jsonld: the article's editorial notes as a W3C Web Annotation collection. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { webAnnotations } from '../../../lib/open-data';
import { cacheKey } from '../../../lib/page-keys';

export const getStaticPaths = (() => {
  const corpus = getCorpus();
  return corpus.articles.map((article) => ({ params: { file: `${article.slug}.jsonld` }, props: { article }, cacheKey: cacheKey(corpus, article) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const body = webAnnotations(article, (path) => new URL(path, site).href, 'Glossa editors');
  // Without indentation: the collections are read by programs, and at 5,000 articles the spaces were a fifth of their bytes.
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } });
};
