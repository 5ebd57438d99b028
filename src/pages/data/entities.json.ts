/** /data/entities.json */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus';
import { entitiesData } from '../../lib/open-data';

export const GET: APIRoute = ({ site }) => Response.json(entitiesData(getCorpus(), (path) => new URL(path, site).href));
