/**
 * Writes the Pagefind index of a built site from the corpus the build has already read: one record
 * per entity, per article and, when one page lists it all, for the chronology (search-records.ts).
 * Neither the content nor the built pages are read again; only `<site>/pagefind/` is written.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildChronology, chronologyLength } from './chronology.ts';
import type { Corpus } from './corpus.ts';
import { underBase } from './base-path.ts';
import { PAGE_SIZE } from './pagination.ts';
import { articleRecord, chronologyRecord, entityRecord, type SearchRecord } from './search-records.ts';

/** What went into the index. */
export interface IndexedCounts {
  entities: number;
  articles: number;
  /** Whether the chronology is a record: only when /chronology/ lists every item itself. */
  chronology: boolean;
}

/** Builds `<site>/pagefind/`; throws on any error Pagefind reports. Returns what it indexed. */
export async function writeSearchIndex(site: string, corpus: Corpus, base = '/'): Promise<IndexedCounts> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
  };
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
  fail('creating the index', createErrors);
  // Each record is made as it is added, so only one is held at a time.
  // A record's URL is where a result opens: under the base the site is served at.
  const add = async (record: SearchRecord) => fail(`adding ${record.url}`, (await index!.addHTMLFile({ url: underBase(base, record.url), content: record.html })).errors);
  try {
    for (const entity of corpus.entities.values()) await add(entityRecord(entity, corpus));
    // A draft is shown to its editors, not found by readers.
    for (const article of corpus.articles.filter((candidate) => !candidate.meta.draft)) await add(articleRecord(article, corpus));
    // As chronology.astro decides: beyond PAGE_SIZE.chronology items it lists years, and the year pages are not indexed.
    // The items are counted first: an archive's chronology is built only if it is to be indexed.
    const onOnePage = chronologyLength(corpus) <= PAGE_SIZE.chronology;
    if (onOnePage) await add(chronologyRecord(buildChronology(corpus), corpus));
    const output = join(site, 'pagefind');
    await rm(output, { recursive: true, force: true });
    fail('writing the index', (await index!.writeFiles({ outputPath: output })).errors);
    return { entities: corpus.entities.size, articles: corpus.articles.length, chronology: onOnePage };
  } finally {
    await pagefind.close();
  }
}
