/** Small builders for content fixtures, so each test shows only what it is about. */
import { articleOf, readArticle, type Article, type EntityInput } from '../../src/lib/corpus.ts';
import { entitySchema, type ArticleMeta, type EntityInput as EntityData } from '../../src/lib/schema.ts';

export const ref = { title: 'A source', url: 'https://example.org/source' };

/** An entity with the required fields filled in. */
export function entity(slug: string, data: Partial<EntityData> = {}): EntityInput {
  return {
    slug,
    file: `content/entities/${slug}.yaml`,
    data: entitySchema.parse({ type: 'place', name: slug, summary: `About ${slug}.`, description: `About ${slug}.`, ...data }),
  };
}

export const meta: ArticleMeta = {
  title: 'A Title',
  publication: { name: 'Eurasia Daily Monitor', entity: 'edm' },
  publisher: { name: 'The Jamestown Foundation', entity: 'jamestown' },
  volume: 1,
  issue: 90,
  published: { date: '2004-09-22', approximate: true },
  byline: '',
  source: 'a-title.txt',
  originalUrls: ['https://example.org/original'],
  summary: 'A summary.',
  edition: { number: 1, date: '2026-11-27' },
};

/** An article whose body is the given MDX, read as the loader reads it. */
export function article(body: string, slug = 'a-title'): Article {
  return articleOf(readArticle({ slug, file: `content/articles/${slug}.mdx`, meta, body, bodyLineOffset: 0 }));
}

/** The error a function throws, for assertions on its message. */
export function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but none was thrown');
}
