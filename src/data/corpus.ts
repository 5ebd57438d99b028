/** Binds the pure corpus builder to Astro's content collections; built once per build and shared by every page. */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { getCollection } from 'astro:content';
import { ContentError } from '../lib/content-error';
import { buildCorpus, type Corpus } from '../lib/corpus';
import { firstDifference, HEADER_LINES, rebuildOriginal } from '../lib/original-text';

let corpus: Promise<Corpus> | undefined;

/** The checked corpus; the first call builds it and fails the build on any content error. */
export function getCorpus(): Promise<Corpus> {
  corpus ??= load();
  return corpus;
}

async function load(): Promise<Corpus> {
  const [articleEntries, entityEntries] = await Promise.all([getCollection('articles'), getCollection('entities')]);
  const articles = await Promise.all(
    articleEntries.map(async (entry) => {
      const file = entry.filePath ?? `articles/${entry.id}.mdx`;
      const raw = await readFile(file, 'utf8');
      const body = entry.body ?? '';
      return {
        slug: entry.id,
        file,
        meta: entry.data,
        body,
        bodyLineOffset: raw.slice(0, raw.indexOf(body)).split('\n').length - 1,
      };
    }),
  );
  const result = buildCorpus(
    entityEntries.map((entry) => ({ slug: entry.id, file: entry.filePath ?? entry.id, data: entry.data })),
    articles,
  );
  await Promise.all(result.articles.map(checkVerbatim));
  return result;
}

/** The edition's text must equal the original in content/sources/ byte for byte. */
async function checkVerbatim(article: Corpus['articles'][number]): Promise<void> {
  const sourceFile = join(dirname(article.file), '..', 'sources', article.meta.source);
  const original = await readFile(sourceFile, 'utf8').catch(() => {
    throw new ContentError(article.file, `the original ${sourceFile} named by "source" does not exist`, 'copy the original text there, unchanged', 1);
  });
  const difference = firstDifference(original, rebuildOriginal(article.meta, article.paragraphs));
  if (difference) {
    // Point at the paragraph that differs, or at the front matter when the header does.
    const paragraph = article.paragraphs[difference.line - HEADER_LINES - 1];
    throw new ContentError(
      article.file,
      `the edition's text differs from the original ${sourceFile} at ${difference.description}`,
      paragraph ? `make paragraph ${paragraph.n} (outside the tags) match the original exactly` : 'make the title, publication and byline in the front matter match the original',
      paragraph?.line ?? 1,
    );
  }
}
