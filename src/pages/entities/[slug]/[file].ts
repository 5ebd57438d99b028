/**
 * Citation files of a register entry, /entities/<slug>/cite.{bib,ris,json}, for the URLs that were
 * published (src/data/published-files.ts); new downloads are data: links in the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { registerItem } from '../../../data/cited-items';
import { isLocked } from '../../../data/published-files';
import { FILE_FORMATS, formatFile } from '../../../lib/cite';
import { editionDate } from '../../../lib/corpus';
import { cacheKey } from '../../../lib/page-keys';
import { entityCiteFileUrl } from '../../../lib/permalink';

export const getStaticPaths = (() => {
  const corpus = getCorpus();
  const date = editionDate(corpus);
  return [...corpus.entities.values()].flatMap((entity) =>
    FILE_FORMATS.filter((format) => isLocked(entityCiteFileUrl(entity.slug, format.extension))).map((format) => ({
      params: { slug: entity.slug, file: `cite.${format.extension}` },
      props: { entity, format },
      cacheKey: cacheKey(corpus, entity.data.name, format.id, date),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entity, format } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  const item = registerItem(getCorpus(), entity.slug, site);
  return new Response(formatFile(item, format.id), { headers: { 'Content-Type': `${format.mediaType}; charset=utf-8` } });
};
