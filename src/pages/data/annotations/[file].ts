/** /data/annotations/<slug>.jsonld: the editorial notes as W3C Web Annotations. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { webAnnotations } from '../../../lib/open-data';

export const getStaticPaths = (() =>
  getCorpus().articles.map((article) => ({ params: { file: `${article.slug}.jsonld` }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const body = webAnnotations(article, (path) => new URL(path, site).href, 'Glossa editors');
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } });
};
