/**
 * Writes the Pagefind index of a built site from the corpus the build has already read: one record
 * per entity, per article and, when one page lists it all, for the chronology (search-records.ts).
 * Neither the content nor the built pages are read again; only `<site>/pagefind/` is written.
 *
 * A very large archive's index is written in parts, each by its own Pagefind process, and the
 * search interface merges them (Pagefind's mergeIndex; the parts are listed in Pagefind's module:
 * search-index-parts.ts): Pagefind holds every page's words until it has written them. Pagefind
 * cannot update an index; a part whose records are those of the last build is copied from the
 * cache folder instead of being indexed again (40 s of CPU for 5,000 articles).
 */
import { createHash } from 'node:crypto';
import { appendFile, cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { buildChronology, chronologyLength } from './chronology.ts';
import { codeVersion } from './content-cache.ts';
import type { Corpus } from './corpus.ts';
import { underBase } from './base-path.ts';
import { PAGE_SIZE } from './pagination.ts';
import { partFolder, partsExport } from './search-index-parts.ts';
import { articleUrl, chronologyUrl, entityUrl } from './permalink.ts';
import { articleRecord, chronologyRecord, entityRecord, type SearchRecord } from './search-records.ts';

/**
 * Records per part. Pagefind holds every page's words until it writes them, and writing multiplies
 * them: its indexer peaked at 3.3–3.6 GB for the 7,706 records of 5,000 articles, of which 0.94 GB
 * once every record was added (the rest while it built and wrote the index); in three parts of
 * about 2,570 records the largest peaked at 1.26 GB. Parts cost readers bytes: each costs every
 * search word one index chunk of its own (Pagefind cuts its word index into chunks of a fixed
 * number of word positions, whatever the size of the index), and what that costs depends on where
 * the chunks fall. At 5,000 articles a cold search for “border” cost 328.1 KB in one part, 333.1 KB
 * in two, 397.0 KB in three (and 444.6 KB in eight, measured when one cost 337.8 KB; BENCHMARKS.md).
 * So 4,000 records a part: two at 5,000 articles, under 3 GB for the whole build, within 5 KB of
 * one part's search. Parts also spare an edit's rebuild: only the parts whose records changed are
 * indexed again. The search interface ranks the parts' results together by score, and scores
 * depend on each part's word statistics: parts this large have the archive's.
 */
export const RECORDS_PER_PART = 4_000;

/** How many parts an index of so many records is written in. */
export const partCount = (records: number, recordsPerPart = RECORDS_PER_PART): number => Math.max(1, Math.ceil(records / recordsPerPart));

/** The part a record is in: by its URL, so that a record stays in its part from build to build. */
export function partOf(url: string, parts: number): number {
  return createHash('sha1').update(url).digest().readUInt32BE(0) % parts;
}

/** What went into the index. */
export interface IndexedCounts {
  entities: number;
  articles: number;
  /** Whether the chronology is a record: only when /chronology/ lists every item itself. */
  chronology: boolean;
  parts: number;
  /** Parts copied from the cache folder, their records unchanged since they were indexed. */
  reused: number;
}

export interface SearchIndexOptions {
  /** The path the site is served under: a record's URL is where a result opens. */
  base?: string;
  /** Where indexed parts are kept between builds; without it, every part is indexed. */
  cacheDir?: string;
  recordsPerPart?: number;
}

const PAGEFIND_CONFIG = { forceLanguage: 'en' } as const;

/** Builds `<site>/pagefind/`; throws on any error Pagefind reports. Returns what it indexed. */
export async function writeSearchIndex(site: string, corpus: Corpus, { base = '/', cacheDir, recordsPerPart }: SearchIndexOptions = {}): Promise<IndexedCounts> {
  // A draft is shown to its editors, not found by readers.
  const articles = corpus.articles.filter((candidate) => !candidate.meta.draft);
  // As chronology.astro decides: beyond PAGE_SIZE.chronology items it lists years, and the year pages are not indexed.
  // The items are counted first: an archive's chronology is built only if it is to be indexed.
  const onOnePage = chronologyLength(corpus) <= PAGE_SIZE.chronology;
  const parts = partCount(corpus.entities.size + articles.length + (onOnePage ? 1 : 0), recordsPerPart);
  // Every record's page and part, known from its URL before the record is made: a part's records are
  // made when that part is indexed, each as it is taken (an archive's records are never all held at once).
  function* sources(): Generator<{ part: number; make: () => SearchRecord }> {
    for (const entity of corpus.entities.values()) yield { part: partOf(entityUrl(entity.slug), parts), make: () => entityRecord(entity, corpus) };
    for (const article of articles) yield { part: partOf(articleUrl(article.slug), parts), make: () => articleRecord(article, corpus) };
    if (onOnePage) yield { part: partOf(chronologyUrl, parts), make: () => chronologyRecord(buildChronology(corpus)) };
  }
  function* records(part?: number): Generator<SearchRecord & { part: number }> {
    for (const source of sources()) {
      if (part !== undefined && source.part !== part) continue;
      const { url, html } = source.make();
      // A record's URL is where a result opens: under the base the site is served at.
      yield { url: underBase(base, url), html, part: source.part };
    }
  }

  // Each part's cache key: the code and locked libraries (Pagefind's version among them), then its records' URLs and HTML in the order they are added.
  const code = cacheDir ? codeVersion() : '';
  const hashes = Array.from({ length: parts }, () => createHash('sha256').update(`${code}\0`));
  if (cacheDir) for (const { url, html, part } of records()) hashes[part]!.update(`${url}\0${html}\0`);
  const keys = hashes.map((hash) => hash.digest('hex').slice(0, 32));
  const store = cacheDir ? join(cacheDir, 'glossa-search') : undefined;

  const output = join(site, 'pagefind');
  await rm(output, { recursive: true, force: true });
  let reused = 0;
  for (let n = 0; n < parts; n++) {
    const target = join(output, partFolder(n));
    const kept = store && join(store, keys[n]!);
    if (kept && existsSync(kept)) reused++;
    else await indexPart(records(n), kept ?? target);
    if (kept) await cp(kept, target, { recursive: true });
    if (n > 0) await keepOnlyWhatMergingReads(target);
  }
  if (parts > 1) await appendFile(join(output, 'pagefind.js'), partsExport(parts));
  // The cache keeps the parts of this build only.
  if (store) for (const name of await readdir(store)) if (!keys.includes(name)) await rm(join(store, name), { recursive: true, force: true });
  return { entities: corpus.entities.size, articles: corpus.articles.length, chronology: onOnePage, parts, reused };
}

/** One part, indexed by a Pagefind process of its own (ended when it is written, with its memory). */
async function indexPart(records: Iterable<SearchRecord>, folder: string): Promise<void> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`Search index: ${step} failed:\n${errors.join('\n')}`);
  };
  // Written beside its place and moved there whole: an interrupted build leaves no half part in the cache.
  const writing = `${folder}.writing`;
  await rm(writing, { recursive: true, force: true });
  try {
    const { index, errors: createErrors } = await pagefind.createIndex(PAGEFIND_CONFIG);
    fail('creating the index', createErrors);
    for (const record of records) fail(`adding ${record.url}`, (await index!.addHTMLFile({ url: record.url, content: record.html })).errors);
    fail('writing the index', (await index!.writeFiles({ outputPath: writing })).errors);
  } finally {
    await pagefind.close();
  }
  await mkdir(join(folder, '..'), { recursive: true });
  await rename(writing, folder);
}

/**
 * A merged part is read for its entry, metadata, index chunks, filters and fragments
 * (pagefind.js, mergeIndex: it uses the first part's scripts and WebAssembly), so the parts after
 * the first keep only those: a dozen fewer files each.
 */
async function keepOnlyWhatMergingReads(folder: string): Promise<void> {
  for (const name of await readdir(folder)) {
    if (!/^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/.test(name)) await rm(join(folder, name), { recursive: true });
  }
}
