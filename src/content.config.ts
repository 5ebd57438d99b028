import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, entitySchema } from './lib/schema';
import { entityLoader } from './data/entity-loader';

/** Where the content lives; GLOSSA_CONTENT points the build at another corpus (e.g. a generated archive). */
const contentRoot = process.env.GLOSSA_CONTENT ?? './content';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentRoot}/articles` }),
    schema: articleSchema,
  }),
  entities: defineCollection({
    loader: entityLoader(`${contentRoot}/entities`),
    schema: entitySchema,
  }),
};
