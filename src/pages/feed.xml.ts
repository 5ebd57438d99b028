/** /feed.xml: an RSS feed of new and corrected editions (src/lib/feed.ts), linked from every page's head. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/content-root';
import { getCorpus } from '../data/corpus';
import { editionFeedItems } from '../lib/feed';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: 'Glossa: new and corrected editions',
    description: 'Annotated editions of analysis articles: each published edition, with what it corrected and why.',
    site: site!,
    items: editionFeedItems(getCorpus(), (path) => absoluteUrl(path, site)),
  });
