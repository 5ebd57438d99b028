/** /data/entities.json */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus';
import { absoluteUrl } from '../../data/content-root';
import { entitiesData } from '../../lib/open-data';

export const GET: APIRoute = ({ site }) => Response.json(entitiesData(getCorpus(), (path) => absoluteUrl(path, site)));
