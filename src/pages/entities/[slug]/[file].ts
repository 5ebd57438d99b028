/** Citation files of a register entry: /entities/<slug>/cite.{bib,ris,json}. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { entityItem, FILE_FORMATS, formatFile } from '../../../lib/cite';
import { editionDate } from '../../../lib/corpus';
import { entityUrl } from '../../../lib/permalink';

export const getStaticPaths = (() => {
  const corpus = getCorpus();
  return [...corpus.entities.values()].flatMap((entity) =>
    FILE_FORMATS.map((format) => ({ params: { slug: entity.slug, file: `cite.${format.extension}` }, props: { entity, format, date: editionDate(corpus) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entity, format, date } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const item = entityItem(entity.slug, entity.data, new URL(entityUrl(entity.slug), site).href, date);
  return new Response(formatFile(item, format.id), { headers: { 'Content-Type': `${format.mediaType}; charset=utf-8` } });
};
