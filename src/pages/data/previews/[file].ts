/** /data/previews/<group>.json: the preview cards of the entities whose slugs start with <group> (src/lib/permalink.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import type { EntityInput } from '../../../lib/corpus';
import { entityPreview } from '../../../lib/open-data';
import { cacheKey } from '../../../lib/page-keys';
import { previewGroup } from '../../../lib/permalink';

export const getStaticPaths = (() => {
  const corpus = getCorpus();
  const groups = new Map<string, EntityInput[]>();
  for (const entity of corpus.entities.values()) {
    const group = previewGroup(entity.slug);
    const members = groups.get(group);
    if (members) members.push(entity);
    else groups.set(group, [entity]);
  }
  return [...groups].map(([group, entities]) => ({ params: { file: `${group}.json` }, props: { entities }, cacheKey: cacheKey(corpus, entities) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entities } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  return Response.json(Object.fromEntries(entities.map((entity) => [entity.slug, entityPreview(entity)])));
};
