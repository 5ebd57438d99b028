/** /data/entities/<slug>.json: what a preview card shows for an entity and its cited reports. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { entityPreview } from '../../../lib/open-data';

export const getStaticPaths = (() =>
  [...getCorpus().entities.values()].map((entity) => ({ params: { file: `${entity.slug}.json` }, props: { entity } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entity } = props as ReturnType<typeof getStaticPaths>[number]['props'];
  return Response.json(entityPreview(entity));
};
