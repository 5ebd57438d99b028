/** /data/names/<letter>.json: the register's spellings by first letter, for misspelled queries (src/lib/search-names.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { cacheKey } from '../../../lib/page-keys';
import { spellingsOf } from '../../../lib/schema';
import { nameShards } from '../../../lib/search-names';

export const getStaticPaths = (() => {
  const corpus = getCorpus();
  const shards = nameShards([...corpus.entities.values()].flatMap(({ data }) => spellingsOf(data)));
  return [...shards].map(([shard, names]) => ({ params: { file: `${shard}.json` }, props: { names }, cacheKey: cacheKey(corpus, names) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as ReturnType<typeof getStaticPaths>[number]['props']).names);
