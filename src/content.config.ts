/**
 * The articles collection, for rendering their MDX. The corpus (src/lib/content-files.ts) reads
 * the same files, with the entities, for everything else; both validate with src/lib/schema.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './data/content-root';
import { articleSchema } from './lib/schema';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentRoot}/articles` }),
    schema: articleSchema,
  }),
};
