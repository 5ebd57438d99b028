/**
 * Writes the Pagefind index of a built site from the corpus the build has already read: one record
 * per entity, per article and, when one page lists it all, for the chronology (search-records.ts).
 * Neither the content nor the built pages are read again; only `<site>/pagefind/` is written.
 *
 * A very large archive's index is written in parts, each by its own Pagefind process, and the
 * search interface merges them (Pagefind's mergeIndex; the parts are listed in Pagefind's module:
 * search-index-parts.ts): Pagefind holds every page's words until it has written them.
 *
 * Pagefind cannot update an index, so a rebuild keeps the parts it indexed before (in the cache
 * folder, with the hash of every record they hold) and indexes only what
 * changed since, as a database keeps segments and tombstones: the changed records go into one small
 * part of changes, and the pages they replace are hidden from searches (listed in Pagefind's
 * module; the search interface drops them, and takes them out of the filter counts). Past
 * CHANGES_LIMIT changed records, their parts are indexed again. A cold build (an empty cache
 * folder) has no part of changes; its search finds and counts what a rebuild's finds.
 */
import { createHash } from 'node:crypto';
import { appendFile, copyFile, cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { buildChronology, chronologyLength } from './chronology.ts';
import { codeVersion } from './content-cache.ts';
import type { Corpus } from './corpus.ts';
import { underBase } from './base-path.ts';
import { PAGE_SIZE } from './pagination.ts';
import { CHANGES_FOLDER, partFolder, partsExport, type HiddenPages } from './search-index-parts.ts';
import { articleUrl, chronologyUrl, entityUrl } from './permalink.ts';
import { articleRecord, articleRecordKey, chronologyRecord, entityRecord, entityRecordKey, type SearchRecord } from './search-records.ts';

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

/**
 * Changed records a rebuild indexes on their own, in a part of changes, rather than indexing their
 * parts again: Pagefind cannot update an index, and indexing a part of 2,500 articles again took
 * 18–21 s of a 53 s rebuild at 5,000 articles for one sentence added to one note. Past this many
 * (since the parts were last indexed), the parts that hold them are indexed again and the part of
 * changes goes.
 */
export const CHANGES_LIMIT = 100;

/**
 * Unchanged records indexed again beside the changes, and hidden from searches: Pagefind ranks a
 * part's pages by its own word statistics (how many of its pages have a word), so a part of a
 * few changed records alone would rank them below what a cold build's index would. This many
 * records, chosen by their URLs' hashes, give it about the archive's statistics.
 */
export const CHANGES_COMPANIONS = 200;

/** What went into the index. */
export interface IndexedCounts {
  entities: number;
  articles: number;
  /** Whether the chronology is a record: only when /chronology/ lists every item itself. */
  chronology: boolean;
  parts: number;
  /** Parts copied from the cache folder, not indexed by this build. */
  reused: number;
  /** Records changed since their parts were indexed, held by the part of changes (0: no such part). */
  changed: number;
}

export interface SearchIndexOptions {
  /** The path the site is served under: a record's URL is where a result opens. */
  base?: string;
  /** Where indexed parts are kept between builds; without it, every part is indexed. */
  cacheDir?: string;
  recordsPerPart?: number;
  changesLimit?: number;
}

const PAGEFIND_CONFIG = { forceLanguage: 'en' } as const;

/**
 * What the cache folder keeps of the parts it last wrote: each one's folder there and the hash of
 * each record's URL and HTML, by URL. A page's id and filters, needed only to hide it, are read
 * from the part's fragments when a change replaces it, not recorded for every record.
 */
interface IndexState {
  version: string;
  parts: { folder: string; records: Record<string, string> }[];
  /** The output folder it was last copied to, and what it copied there. */
  written?: Written;
}

/** What `pagefind/` in an output folder was made of: each part's folder in the cache, the part of changes, and what the module lists. */
interface Written {
  site: string;
  parts: string[];
  changes?: string;
  /** The hash of the module's list of parts and hidden pages (partsExport). */
  listed: string;
}

const sha256 = (...texts: string[]): string => {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\0');
  return hash.digest('hex').slice(0, 32);
};

/** A part's folder in the cache: named by the code and its records, so the same records are never indexed twice. */
const folderKey = (version: string, hashes: ReadonlyMap<string, string>): string => sha256(version, ...[...hashes].flat());

/** A companion of the changes is indexed with no filters: only the changed records count in the filters. */
const withoutFilters = (html: string): string => html.replaceAll('data-pagefind-filter=', 'data-companion-filter=');

/** Builds `<site>/pagefind/`; throws on any error Pagefind reports. Returns what it indexed. */
export async function writeSearchIndex(site: string, corpus: Corpus, { base = '/', cacheDir, recordsPerPart, changesLimit = CHANGES_LIMIT }: SearchIndexOptions = {}): Promise<IndexedCounts> {
  // A draft is shown to its editors, not found by readers.
  const articles = corpus.articles.filter((candidate) => !candidate.meta.draft);
  // As chronology.astro decides: beyond PAGE_SIZE.chronology items it lists years, and the year pages are not indexed.
  // The items are counted first: an archive's chronology is built only if it is to be indexed.
  const onOnePage = chronologyLength(corpus) <= PAGE_SIZE.chronology;
  const parts = partCount(corpus.entities.size + articles.length + (onOnePage ? 1 : 0), recordsPerPart);
  // Every record's URL (where a result opens: under the base the site is served at) and part, known
  // before the record is made: records are made as they are taken (an archive's are never all held at once).
  // Each record's hash is of its URL and its key, what it is made from (search-records.ts), or of its HTML where it has none.
  function* sources(): Generator<{ url: string; part: number; make: () => SearchRecord; hash: () => string }> {
    const source = (path: string, make: () => SearchRecord, key?: () => string) => {
      const url = underBase(base, path);
      return { url, part: partOf(path, parts), make, hash: () => sha256(url, key ? key() : make().html) };
    };
    for (const entity of corpus.entities.values()) yield source(entityUrl(entity.slug), () => entityRecord(entity, corpus), () => entityRecordKey(entity, corpus));
    for (const article of articles) yield source(articleUrl(article.slug), () => articleRecord(article, corpus), () => articleRecordKey(article, corpus));
    if (onOnePage) yield source(chronologyUrl, () => chronologyRecord(buildChronology(corpus)));
  }
  function* records(which: (url: string, part: number) => boolean): Generator<SearchRecord> {
    for (const { url, part, make } of sources()) if (which(url, part)) yield { url, html: make().html };
  }
  const counts = { entities: corpus.entities.size, articles: corpus.articles.length, chronology: onOnePage, parts };
  const output = join(site, 'pagefind');

  if (!cacheDir) {
    await rm(output, { recursive: true, force: true });
    const folders = listedFolders(parts, false);
    for (let n = 0; n < parts; n++) await indexPart(records((_, part) => part === n), join(output, partFolder(n)));
    for (const folder of folders) await keepOnlyWhatMergingReads(join(output, folder));
    await listParts(output, folders, {});
    return { ...counts, reused: 0, changed: 0 };
  }

  // Each record's hash, by URL, in its part: what decides what must be indexed.
  const version = codeVersion();
  const hashes = Array.from({ length: parts }, () => new Map<string, string>());
  for (const { url, part, hash } of sources()) hashes[part]!.set(url, hash());
  const store = join(cacheDir, 'glossa-search');
  const state = readState(store, version, parts);
  // The records each kept part holds that the archive no longer has as they were (changed or gone), and the new ones.
  const differing = hashes.map((now, n) => {
    if (!state) return [...now.keys()];
    const held = state.parts[n]!.records;
    return [...[...now].filter(([url, hash]) => held[url] !== hash).map(([url]) => url), ...Object.keys(held).filter((url) => !now.has(url))];
  });
  const differingCount = differing.reduce((sum, urls) => sum + urls.length, 0);
  const keepStale = state !== undefined && differingCount <= changesLimit;

  const indexed: IndexState['parts'] = [];
  let reused = 0;
  for (let n = 0; n < parts; n++) {
    if (state && (keepStale || differing[n]!.length === 0)) {
      indexed.push(state.parts[n]!);
      reused++;
      continue;
    }
    const folder = `part-${folderKey(version, hashes[n]!)}`;
    if (existsSync(join(store, folder))) reused++;
    else await indexPart(records((_, part) => part === n), join(store, folder));
    indexed.push({ folder, records: Object.fromEntries(hashes[n]!) });
  }

  // The records changed since their parts were indexed, and the pages a search must not show.
  const changed = new Set(keepStale ? differing.flat().filter((url) => hashes.some((now) => now.has(url))) : []);
  const hidden: HiddenPages = {};
  let changes: string | undefined;
  if (keepStale && differingCount > 0) {
    for (const [n, { folder, records: held }] of indexed.entries()) {
      const replaced = differing[n]!.filter((url) => url in held);
      if (replaced.length === 0) continue;
      const pages = pageIdsOf(join(store, folder));
      for (const url of replaced) hidden[pages.get(url)!] = filtersOf(join(store, folder), pages.get(url)!);
    }
    const unchanged = hashes.flatMap((now) => [...now.keys()]).filter((url) => !changed.has(url));
    const companions = new Set(unchanged.map((url) => [sha256('companion', url), url] as const).sort(([a], [b]) => (a < b ? -1 : 1)).slice(0, CHANGES_COMPANIONS).map(([, url]) => url));
    const hashOf = (url: string) => hashes.find((now) => now.has(url))!.get(url)!;
    changes = `changes-${sha256(version, ...[...changed, ...companions].sort().flatMap((url) => [url, hashOf(url), companions.has(url) ? 'companion' : 'changed']))}`;
    const folder = join(store, changes);
    if (!existsSync(folder)) {
      const taken = records((url) => changed.has(url) || companions.has(url));
      await indexPart((function* () {
        for (const record of taken) yield companions.has(record.url) ? { url: record.url, html: withoutFilters(record.html) } : record;
      })(), folder);
    }
    for (const [url, page] of pageIdsOf(folder)) if (companions.has(url)) hidden[page] = {};
  }

  // What pagefind/ is made of. What the output folder holds already from the last build is left
  // in place: after a small edit only the part of changes and the module's list are new, and
  // copying the parts again (8,000 files at 5,000 articles) took about 5 s.
  const folders = listedFolders(parts, changes !== undefined);
  const written: Written = { site: resolve(site), parts: indexed.map(({ folder }) => folder), ...(changes ? { changes } : {}), listed: sha256(JSON.stringify(folders), JSON.stringify(hidden)) };
  const last = state?.written;
  const there = (folder: string, file: string) => existsSync(join(output, folder, file));
  const partsInPlace = last?.site === written.site && last.parts.join() === written.parts.join() && there('', 'pagefind.js') && folders.every((folder) => folder === CHANGES_FOLDER || there(folder, 'pagefind-entry.json'));
  const changesInPlace = partsInPlace && last.changes === changes && (changes === undefined || there(CHANGES_FOLDER, 'pagefind-entry.json'));
  await mkdir(store, { recursive: true });
  if (!changesInPlace || last.listed !== written.listed) {
    // Said first: a build interrupted while it writes pagefind/ leaves no claim that the folder is whole.
    if (last) await writeFile(join(store, STATE_FILE), JSON.stringify({ ...state, written: undefined }));
    if (partsInPlace) {
      // The first part's own module, without the list it was given last time.
      await copyFile(join(store, indexed[0]!.folder, 'pagefind.js'), join(output, 'pagefind.js'));
    } else {
      await rm(output, { recursive: true, force: true });
      for (let n = 0; n < parts; n++) await placePart(join(store, indexed[n]!.folder), output, partFolder(n));
    }
    if (!changesInPlace) {
      await rm(join(output, CHANGES_FOLDER), { recursive: true, force: true });
      if (changes) await placePart(join(store, changes), output, CHANGES_FOLDER);
    }
    await listParts(output, folders, hidden);
  }
  await writeFile(join(store, STATE_FILE), JSON.stringify({ version, parts: indexed, written } satisfies IndexState));
  // The cache keeps the folders of this build's index only.
  const wanted = new Set([STATE_FILE, ...indexed.map(({ folder }) => folder), ...(changes ? [changes] : [])]);
  for (const name of await readdir(store)) if (!wanted.has(name)) await rm(join(store, name), { recursive: true, force: true });
  return { ...counts, reused, changed: changed.size };
}

const STATE_FILE = 'state.json';

/** The kept state, if it is of this code, of this many parts, and its folders are all there. */
function readState(store: string, version: string, parts: number): IndexState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(store, STATE_FILE), 'utf8')) as IndexState;
    if (state.version === version && state.parts.length === parts && state.parts.every(({ folder }) => existsSync(join(store, folder)))) return state;
  } catch {
    // None yet, or torn: every part is indexed.
  }
  return undefined;
}

/**
 * The pages of an indexed folder by URL, as Pagefind wrote them: each page's id, its fragment's
 * name. A fragment is gzipped JSON (after Pagefind's signature) that starts with the page's URL,
 * so only its first bytes are read and inflated: a part's 3,900 fragments read whole took 1.4 s.
 */
function pageIdsOf(folder: string): Map<string, string> {
  const pages = new Map<string, string>();
  const fragments = join(folder, 'fragment');
  const head = Buffer.alloc(1024);
  for (const name of readdirSync(fragments)) {
    const file = join(fragments, name);
    const descriptor = openSync(file, 'r');
    let read: number;
    try {
      read = readSync(descriptor, head, 0, head.length, 0);
    } finally {
      closeSync(descriptor);
    }
    const start = gunzipSync(head.subarray(0, read), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
    const url = /^[^{]*\{"url":("(?:[^"\\]|\\.)*")/.exec(start)?.[1];
    pages.set(url === undefined ? fragmentOf(file).url : (JSON.parse(url) as string), name.replace(/\.pf_fragment$/, ''));
  }
  return pages;
}

/** A page's fragment, whole. */
function fragmentOf(file: string): { url: string; filters: Record<string, string[]> } {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; filters: Record<string, string[]> };
}

/** The filters a page of an indexed folder counts in, as Pagefind wrote them. */
const filtersOf = (folder: string, page: string): Record<string, string[]> => fragmentOf(join(folder, 'fragment', `${page}.pf_fragment`)).filters;

/** The folders of the parts after the first, and of the part of changes: what the first part's module lists. */
const listedFolders = (parts: number, changes: boolean): string[] => [...Array.from({ length: parts - 1 }, (_, n) => partFolder(n + 1)), ...(changes ? [CHANGES_FOLDER] : [])];

/** Copies an indexed part from the cache to `<output>/<folder>`; a part merged after the first keeps only what merging reads. */
async function placePart(from: string, output: string, folder: string): Promise<void> {
  await cp(from, join(output, folder), { recursive: true });
  if (folder !== partFolder(0)) await keepOnlyWhatMergingReads(join(output, folder));
}

/** The first part's module lists the folders merged after it, and the pages to hide. */
async function listParts(output: string, folders: readonly string[], hidden: HiddenPages): Promise<void> {
  if (folders.length > 0) await appendFile(join(output, 'pagefind.js'), partsExport(folders, hidden));
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
