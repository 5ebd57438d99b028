/**
 * The search records, as Pagefind reads them: each record is indexed and its fragment (the text,
 * filters, metadata and anchors Pagefind keeps for a page) is checked.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildChronology, chronologyCounts, chronologyLength } from '../../src/lib/chronology.ts';
import { articleOf, buildCorpus, readArticle, type Corpus } from '../../src/lib/corpus.ts';
import { rememberStringsIn } from '../../src/lib/content-cache.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { CHANGES_LIMIT, partCount, partOf, writeSearchIndex } from '../../src/lib/search-index.ts';
import { CHANGES_FOLDER, HIDDEN_EXPORT, PARTS_EXPORT, partFolder, withoutHidden, type HiddenPages } from '../../src/lib/search-index-parts.ts';
import { articleRecord, articleRecordKey, chronologyRecord, entityRecord, entityRecordKey, type SearchRecord } from '../../src/lib/search-records.ts';
import { filesUnder } from '../dist-pages.ts';
import { writeCorpus } from '../../tools/corpus/write.ts';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { article, entity, meta, ref } from './helpers.ts';

/** What Pagefind keeps of one page. */
interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string }[];
}

/** The records as Pagefind indexes them, by URL. */
async function indexed(records: SearchRecord[]): Promise<Map<string, Fragment>> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  for (const record of records) expect((await index!.addHTMLFile({ url: record.url, content: record.html })).errors).toEqual([]);
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  const fragments = files
    .filter((file) => file.path.startsWith('fragment/'))
    .map((file) => JSON.parse(gunzipSync(file.content).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment);
  return new Map(fragments.map((fragment) => [fragment.url, fragment]));
}

afterAll(() => pagefind.close());

const dushanbe = entity('dushanbe', {
  kind: 'capital city',
  variants: ['Душанбе', 'Stalinabad'],
  description: 'The capital.\n\nA second paragraph about the Varzob river.',
  dates: [{ label: 'Renamed', value: '1929', refs: [ref] }],
  facts: [{ text: 'Seat of the government.', refs: [{ title: 'Atlas of Tajikistan', url: 'https://example.org/atlas' }] }],
  uncertain: [{ text: 'Its founding year is disputed.', refs: [ref] }],
  identifiers: [{ scheme: 'wikidata', value: 'Q9365', refs: [ref] }],
  related: [{ entity: 'tajikistan', relation: 'is the capital of' }],
});
const avesta = entity('avesta', {
  type: 'source',
  reports: [{ date: '2004-09-17', note: 'The report itself was not found.' }, { date: '2004-09-20' }],
  outlet: { ownership: 'unknown', country: 'tajikistan' },
});
const ENTITIES = [entity('edm', { type: 'source' }), entity('jamestown', { type: 'organization' }), entity('tajikistan'), dushanbe, avesta];

const BODY = `<Paragraph n={1}>
In <Mention entity="dushanbe">Dushanbe</Mention> on <When date="2004-09-17">September 17</When>. Borders leak (<Citation outlet="avesta" date="2004-09-17">Avesta, September 17</Citation>).

<Annotation id="p1-n1" kind="context" title="A note on the city">
<Mention entity="dushanbe">Dushanbe</Mention> is the capital of <Mention entity="tajikistan">Tajikistan</Mention>.
</Annotation>
</Paragraph>`;

const corpus = buildCorpus(ENTITIES, [article(BODY)]);
const records = [...[...corpus.entities.values()].map((e) => entityRecord(e, corpus)), ...corpus.articles.map((a) => articleRecord(a, corpus)), chronologyRecord(buildChronology(corpus))];
const fragments = indexed(records);
const fragment = async (url: string) => (await fragments).get(url)!;

describe('articleRecord', () => {
  test('lists the original’s paragraphs first, then the notes (fewer changes of weight for Pagefind to mark), each section at its anchor', async () => {
    const body = ['First paragraph.', 'Second paragraph.']
      .map((text, i) => `<Paragraph n={${i + 1}}>\n${text}\n\n<Annotation id="p${i + 1}-n1" kind="context" title="On paragraph ${i + 1}">\nA note on paragraph ${i + 1}.\n</Annotation>\n</Paragraph>`)
      .join('\n\n');
    const two = buildCorpus(ENTITIES, [article(body)]);
    const record = articleRecord(two.articles[0]!, two);
    expect([...record.html.matchAll(/<section id="([^"]+)"/g)].map((match) => match[1])).toEqual(['p1', 'p2', 'p1-n1', 'p2-n1']);
    const page = (await indexed([record])).get(record.url)!;
    // Pagefind keeps every section as an anchor, where a hit in it lands.
    expect(page.anchors.filter((anchor) => anchor.element === 'section').map((anchor) => anchor.id)).toEqual(['p1', 'p2', 'p1-n1', 'p2-n1']);
  });
});

describe('entityRecord: what an entity page gives search', () => {
  test.each([
    // [what, entity page, text that must be searchable]
    ['the name', 'dushanbe', 'dushanbe'],
    ['the type and kind', 'dushanbe', 'place · capital city'],
    ['a variant in another script', 'dushanbe', 'Душанбе'],
    ['a variant in Latin script', 'dushanbe', 'Stalinabad'],
    ['the summary', 'dushanbe', 'About dushanbe.'],
    ['each paragraph of the description', 'dushanbe', 'Varzob river'],
    ['a date, its label apart from its value', 'dushanbe', 'Renamed: 1929'],
    ['a fact with the title of its reference', 'dushanbe', 'Seat of the government. [Atlas of Tajikistan]'],
    ['an uncertain fact', 'dushanbe', 'Its founding year is disputed.'],
    ['an identifier, apart from its scheme', 'dushanbe', 'Wikidata: Q9365'],
    ['a report’s heading', 'avesta', 'avesta, September 17, 2004'],
    ['a report’s note', 'avesta', 'The report itself was not found.'],
    ['the paragraph that cites a report', 'avesta', 'Cited in A Title, paragraph 1'],
  ])('%s', async (_, slug, text) => {
    expect((await fragment(`/entities/${slug}/`)).content).toContain(text);
  });

  test.each([
    // [what, entity page, text the page shows but the index leaves out]
    ['where the edition names it (Mentioned in)', 'dushanbe', 'A Title'],
    ['the notes that discuss it (Discussed in)', 'dushanbe', 'A note on the city'],
    ['its relations', 'dushanbe', 'is the capital of'],
    ['the cite block', 'dushanbe', 'Cite'],
    ['the claim a report is cited for', 'avesta', 'Borders leak'],
  ])('leaves out %s', async (_, slug, text) => {
    expect((await fragment(`/entities/${slug}/`)).content).not.toContain(text);
  });

  test.each([
    // [entity page, filters, title]
    ['dushanbe', { kind: ['Entity'], type: ['place'] }, 'dushanbe'],
    ['avesta', { kind: ['Entity'], type: ['source'] }, 'avesta'],
  ])('%s: the filters and title the search UI reads', async (slug, filters, title) => {
    const { filters: indexed, meta } = await fragment(`/entities/${slug}/`);
    expect(indexed).toEqual(filters);
    expect(meta).toEqual({ title });
  });

  test.each([
    // [entity page, anchors of its sections, in order]
    ['dushanbe', ['about', 'facts', 'uncertain', 'identifiers']],
    ['avesta', ['about', 'reports', '2004-09-17', '2004-09-20']],
    ['tajikistan', ['about']],
  ])('%s: each section a sub-result at the page’s anchor', async (slug, anchors) => {
    expect((await fragment(`/entities/${slug}/`)).anchors.map((anchor) => anchor.id)).toEqual(anchors);
  });

  test('an outlet cited more often than its page lists lists its reports by year, each line at its anchor', async () => {
    const many = PAGE_SIZE.reportsInline + 1;
    const claims = Array.from({ length: many }, (_, i) => `Claim ${i} (<Citation outlet="avesta" date="2004-09-${i % 2 ? 20 : 17}">Avesta</Citation>).`);
    const big = buildCorpus(ENTITIES, [article(`<Paragraph n={1}>\n${claims.join(' ')}\n</Paragraph>`)]);
    const { content, anchors } = (await indexed([entityRecord(big.entities.get('avesta')!, big)])).get('/entities/avesta/')!;
    expect(content).toContain(`2 reports, cited ${many} times.`);
    expect(content).toContain('avesta, September 17, 2004: cited 51 times');
    expect(content).not.toContain('Claim 1');
    expect(anchors.map((anchor) => [anchor.element, anchor.id])).toEqual([['h2', 'about'], ['h2', 'reports'], ['li', '2004-09-17'], ['li', '2004-09-20']]);
  });
});

describe('chronologyRecord', () => {
  test('each dated item with its date in words, its sentence and its place, under its year', async () => {
    const { content, filters, meta, anchors } = await fragment('/chronology/');
    expect(content).toContain('September 17, 2004 In Dushanbe on September 17.');
    expect(content).toContain('Original, A Title, paragraph 1');
    expect(content).toContain('Cited report, A Title, cited in paragraph 1');
    expect(filters).toEqual({ kind: ['Chronology'] });
    expect(meta).toEqual({ title: 'Chronology' });
    expect(anchors.map((anchor) => anchor.id)).toEqual(['y2004']);
  });
});

test('chronologyLength counts the items buildChronology gives', () => {
  const quiet = buildCorpus(ENTITIES, [article('<Paragraph n={1}>\nNo date here.\n</Paragraph>')]);
  for (const of of [corpus, quiet]) expect(chronologyLength(of)).toBe(buildChronology(of).length);
  expect(chronologyLength(corpus)).toBe(2);
  expect(chronologyLength(quiet)).toBe(0);
});

test('chronologyCounts counts the items buildChronology gives, by year and article, in their order', () => {
  const folder = mkdtempSync(join(tmpdir(), 'glossa-chronology-counts-'));
  try {
    writeCorpus(folder, { articles: 30, seed: 'chronology-counts' }, 'content');
    for (const of of [corpus, loadCorpus(folder)]) {
      const expected = new Map<string, Map<unknown, number>>();
      for (const item of buildChronology(of)) {
        const ofYear = expected.get(item.date.slice(0, 4)) ?? expected.set(item.date.slice(0, 4), new Map()).get(item.date.slice(0, 4))!;
        ofYear.set(item.article, (ofYear.get(item.article) ?? 0) + 1);
      }
      // Years in order; each year's articles in the corpus's order, as the keys of its pages name them.
      const inCorpusOrder = (ofYear: Map<unknown, number>) => [...ofYear].sort(([a], [b]) => of.articles.indexOf(a as never) - of.articles.indexOf(b as never));
      expect([...chronologyCounts(of)].map(([year, ofYear]) => [year, [...ofYear]])).toEqual([...expected].map(([year, ofYear]) => [year, inCorpusOrder(ofYear)]));
      expect(chronologyCounts(of).size).toBeGreaterThan(0);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

describe.each([['made afresh', false], ['kept between builds', true]])('record keys (%s): a rebuild indexes again the records whose key changed', (_label, kept) => {
  // As the build keeps them in its memo (content-cache.ts, `remembered`), for the builds of these tests.
  beforeAll(() => {
    const strings = new Map<string, string>();
    if (kept) rememberStringsIn({ get: (key, make) => strings.get(key) ?? strings.set(key, make()).get(key)!, has: (key) => strings.has(key), save: () => {} });
  });
  afterAll(() => rememberStringsIn({ get: (_key, make) => make(), has: () => false, save: () => {} }));
  /** Each record's key and HTML in a corpus of these entities and this article. */
  const keyed = (entities: typeof ENTITIES, body = BODY, title = meta.title) => {
    const of = buildCorpus(entities, [articleOf(readArticle({ slug: 'a-title', file: 'content/articles/a-title.mdx', meta: { ...meta, title }, body, bodyLineOffset: 0 }))]);
    return new Map([
      ...[...of.entities.values()].map((input) => [input.slug, { key: entityRecordKey(input, of), html: entityRecord(input, of).html }] as const),
      ...of.articles.map((input) => [input.slug, { key: articleRecordKey(input, of), html: articleRecord(input, of).html }] as const),
    ]);
  };
  const changedRecords = (before: ReturnType<typeof keyed>, after: ReturnType<typeof keyed>) => {
    const changed = { keys: [] as string[], html: [] as string[] };
    for (const [slug, record] of after) {
      if (record.key !== before.get(slug)!.key) changed.keys.push(slug);
      if (record.html !== before.get(slug)!.html) changed.html.push(slug);
    }
    return changed;
  };
  let made: ReturnType<typeof keyed> | undefined;
  const original = () => (made ??= keyed(ENTITIES));
  const withEntity = (slug: string, data: Record<string, unknown>) => ENTITIES.map((input) => (input.slug === slug ? entity(slug, { ...input.data, ...data }) : input));

  test('the same content gives the same keys, read again', () => {
    expect(changedRecords(original(), keyed(ENTITIES))).toEqual({ keys: [], html: [] });
  });

  test.each([
    ['a variant of an entity the article names: its record lists the other spellings', withEntity('dushanbe', { variants: ['Душанбе', 'Stalinabad', 'Dyushambe'] }), BODY, meta.title, ['dushanbe', 'a-title']],
    ['an entity’s summary: its own record only', withEntity('tajikistan', { summary: 'Edited.' }), BODY, meta.title, ['tajikistan']],
    ['the title of an article that cites an outlet’s report: the outlet’s record names it', ENTITIES, BODY, 'Another Title', ['avesta', 'a-title']],
    ['a note’s words: the article’s record only', ENTITIES, BODY.replace('is the capital of', 'is the seat of'), meta.title, ['a-title']],
  ])('%s', (_, entities, body, title, expected) => {
    const changed = changedRecords(original(), keyed(entities, body, title));
    // Every record whose HTML changed has a new key (the test would be empty if none had).
    expect(changed.html).toEqual(expected);
    expect(changed.keys).toEqual(expect.arrayContaining(changed.html));
    expect(changed.keys).toEqual(expected);
  });
});

describe('writeSearchIndex', () => {
  const count = async (site: string, of: Corpus) => {
    const counts = await writeSearchIndex(site, of);
    return { counts, fragments: readdirSync(join(site, 'pagefind', 'fragment')).length };
  };

  test('builds the index from the corpus alone, in a folder with no pages: every entity and article, and the chronology on one page', async () => {
    const site = mkdtempSync(join(tmpdir(), 'glossa-search-'));
    try {
      expect(await count(site, corpus)).toEqual({ counts: { entities: 5, articles: 1, chronology: true, parts: 1, reused: 0, changed: 0 }, fragments: 7 });
      // One part: Pagefind's module as Pagefind wrote it, listing no parts to merge.
      expect(readFileSync(join(site, 'pagefind', 'pagefind.js'), 'utf8')).not.toContain(PARTS_EXPORT);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  test('leaves out the chronology when it is split by year', async () => {
    const dates = Array.from({ length: PAGE_SIZE.chronology + 1 }, () => 'On <When date="2004-09-17">September 17</When>.');
    const long = buildCorpus(ENTITIES, [article(`<Paragraph n={1}>\n${dates.join(' ')}\n</Paragraph>`)]);
    const site = mkdtempSync(join(tmpdir(), 'glossa-search-'));
    try {
      expect(await count(site, long)).toEqual({ counts: { entities: 5, articles: 1, chronology: false, parts: 1, reused: 0, changed: 0 }, fragments: 6 });
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  /** Every file under a folder, by path, with its bytes. */
  const filesOf = (folder: string) => new Map(filesUnder(folder).map((path) => [path, readFileSync(join(folder, path))]));
  const pageCount = (folder: string): number => Object.values<{ page_count: number }>(JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).languages)[0]!.page_count;

  test('a large index is written in parts that hold each record once, listed for the search interface', async () => {
    const site = mkdtempSync(join(tmpdir(), 'glossa-search-'));
    try {
      // Seven records (five entities, the article, the chronology) in parts of two.
      expect(partCount(7, 2)).toBe(4);
      expect((await writeSearchIndex(site, corpus, { recordsPerPart: 2 })).parts).toBe(4);
      const output = join(site, 'pagefind');
      // Listed in Pagefind's module, which the search interface imports.
      const listed: string[] = JSON.parse(new RegExp(`\\bexport const ${PARTS_EXPORT} = (.*);\\n$`).exec(readFileSync(join(output, 'pagefind.js'), 'utf8'))![1]!);
      expect(listed).toEqual(['part-1', 'part-2', 'part-3']);
      expect([output, ...listed.map((part) => join(output, part))].map(pageCount).reduce((sum, n) => sum + n)).toBe(7);
      // The first part is Pagefind's bundle; the merged ones keep only what mergeIndex reads.
      expect(existsSync(join(output, 'pagefind.js'))).toBe(true);
      for (const part of listed) for (const name of readdirSync(join(output, part))) expect(name).toMatch(/^(pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  /** The statement of Pagefind's module that exports `name`, parsed. */
  const exported = <T>(site: string, name: string): T | undefined => {
    const line = new RegExp(`^export const ${name} = (.*);$`, 'm').exec(readFileSync(join(site, 'pagefind', 'pagefind.js'), 'utf8'));
    return line ? (JSON.parse(line[1]!) as T) : undefined;
  };
  /** The page ids and filters of an index folder's fragments, by URL. */
  const pagesIn = (folder: string) =>
    new Map(
      readdirSync(join(folder, 'fragment')).map((name) => {
        const { url, filters } = JSON.parse(gunzipSync(readFileSync(join(folder, 'fragment', name))).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment;
        return [url, { page: name.replace(/\.pf_fragment$/, ''), filters }];
      }),
    );
  const withSummary = (slug: string, summary: string) => buildCorpus(ENTITIES.map((input) => (input.slug === slug ? { ...input, data: { ...input.data, summary } } : input)), [corpus.articles[0]!]);

  test('a rebuild copies the parts it indexed before, and indexes a changed record apart, hiding the page it replaces', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'glossa-search-'));
    const options = { recordsPerPart: 2, cacheDir: join(folder, 'cache') };
    try {
      expect(await writeSearchIndex(join(folder, 'first'), corpus, options)).toMatchObject({ parts: 4, reused: 0, changed: 0 });
      expect(await writeSearchIndex(join(folder, 'again'), corpus, options)).toMatchObject({ parts: 4, reused: 4, changed: 0 });
      expect(filesOf(join(folder, 'again'))).toEqual(filesOf(join(folder, 'first')));
      expect(exported(join(folder, 'again'), HIDDEN_EXPORT)).toBeUndefined();
      // Into the folder it wrote last, the same index is left in place; a folder that lost it gets it again.
      const module = join(folder, 'again', 'pagefind', 'pagefind.js');
      const { mtimeMs } = statSync(module);
      await writeSearchIndex(join(folder, 'again'), corpus, options);
      expect(statSync(module).mtimeMs).toBe(mtimeMs);
      rmSync(join(folder, 'again', 'pagefind'), { recursive: true });
      await writeSearchIndex(join(folder, 'again'), corpus, options);
      expect(filesOf(join(folder, 'again'))).toEqual(filesOf(join(folder, 'first')));

      const edited = withSummary('tajikistan', 'An edited summary.');
      expect(await writeSearchIndex(join(folder, 'edited'), edited, options)).toMatchObject({ parts: 4, reused: 4, changed: 1 });
      // The four parts as they were indexed, and a fifth of the changes, merged after them.
      const first = filesOf(join(folder, 'first'));
      const outsideChanges = [...filesOf(join(folder, 'edited'))].filter(([path]) => !path.startsWith(`pagefind/${CHANGES_FOLDER}/`));
      expect(new Map(outsideChanges.filter(([path]) => path !== 'pagefind/pagefind.js'))).toEqual(new Map([...first].filter(([path]) => path !== 'pagefind/pagefind.js')));
      expect(exported(join(folder, 'edited'), PARTS_EXPORT)).toEqual(['part-1', 'part-2', 'part-3', CHANGES_FOLDER]);
      const changes = pagesIn(join(folder, 'edited', 'pagefind', CHANGES_FOLDER));
      // The changed record with its filters, and the unchanged ones (fewer than CHANGES_COMPANIONS here) with none.
      expect(changes.get('/entities/tajikistan/')!.filters).toEqual({ kind: ['Entity'], type: ['place'] });
      expect(changes.size).toBe(7);
      for (const [url, { filters }] of changes) if (url !== '/entities/tajikistan/') expect(filters, url).toEqual({});
      // Hidden: the earlier page of the changed record, with the filters it is counted under, and the companions.
      const earlier = pagesIn(join(folder, 'first', 'pagefind', partFolder(partOf('/entities/tajikistan/', 4))));
      const expected: HiddenPages = { [earlier.get('/entities/tajikistan/')!.page]: { kind: ['Entity'], type: ['place'] } };
      for (const [url, { page }] of changes) if (url !== '/entities/tajikistan/') expected[page] = {};
      expect(exported(join(folder, 'edited'), HIDDEN_EXPORT)).toEqual(expected);

      // Edited back: the parts as indexed hold every record as it is, and the part of changes goes.
      expect(await writeSearchIndex(join(folder, 'back'), corpus, options)).toMatchObject({ reused: 4, changed: 0 });
      expect(filesOf(join(folder, 'back'))).toEqual(first);

      // Into the folder it wrote last, an edit replaces the part of changes and the module only:
      // the files a new folder gets, the parts' own left in place.
      const inPlace = join(folder, 'back');
      const partFile = join(inPlace, 'pagefind', 'part-1', 'pagefind-entry.json');
      const { mtimeMs: partTime } = statSync(partFile);
      await writeSearchIndex(inPlace, edited, options);
      expect(filesOf(inPlace)).toEqual(filesOf(join(folder, 'edited')));
      const other = withSummary('jamestown', 'Another edited summary.');
      await writeSearchIndex(inPlace, other, options);
      const otherInPlace = filesOf(inPlace);
      await writeSearchIndex(inPlace, corpus, options);
      expect(filesOf(inPlace)).toEqual(first);
      expect(statSync(partFile).mtimeMs).toBe(partTime);
      await writeSearchIndex(join(folder, 'other'), other, options);
      expect(otherInPlace).toEqual(filesOf(join(folder, 'other')));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('past the limit of changes, only the parts that hold changed records are indexed again, and nothing is hidden', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'glossa-search-'));
    const options = { recordsPerPart: 2, cacheDir: join(folder, 'cache') };
    try {
      await writeSearchIndex(join(folder, 'first'), corpus, options);
      expect(CHANGES_LIMIT).toBeGreaterThan(0);
      const edited = withSummary('tajikistan', 'An edited summary.');
      expect(await writeSearchIndex(join(folder, 'edited'), edited, { ...options, changesLimit: 0 })).toMatchObject({ parts: 4, reused: 3, changed: 0 });
      expect(exported(join(folder, 'edited'), HIDDEN_EXPORT)).toBeUndefined();
      const changedPart = partFolder(partOf('/entities/tajikistan/', 4));
      const changed = [...filesOf(join(folder, 'edited'))].filter(([path, bytes]) => !filesOf(join(folder, 'first')).get(path)?.equals(bytes)).map(([path]) => path);
      expect(changed.length).toBeGreaterThan(0);
      // Pagefind names its files by their content, so the other parts' files are the same files.
      const partOfPath = (path: string) => /^pagefind\/(part-\d+)\//.exec(path)?.[1] ?? '';
      expect(new Set(changed.filter((path) => path !== 'pagefind/pagefind.js').map(partOfPath))).toEqual(new Set([changedPart]));
      // Once indexed again, the part holds the record as it is: the next rebuild keeps it.
      expect(await writeSearchIndex(join(folder, 'again'), edited, options)).toMatchObject({ reused: 4, changed: 0 });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('withoutHidden takes the hidden pages out of the results and out of the counts of their filter values', () => {
    const results = [{ id: 'en_a' }, { id: 'en_old' }, { id: 'en_b' }, { id: 'en_companion' }];
    const filters = { kind: { Article: 2, Entity: 1 }, outlet: { Avesta: 2 } };
    const hidden: HiddenPages = { en_old: { kind: ['Article'], outlet: ['Avesta'] }, en_companion: {}, en_unmatched: { kind: ['Entity'] } };
    expect(withoutHidden(results, filters, hidden)).toEqual({ results: [{ id: 'en_a' }, { id: 'en_b' }], filters: { kind: { Article: 1, Entity: 1 }, outlet: { Avesta: 1 } } });
    // Nothing hidden: the search as Pagefind gave it, its counts not shared with the caller's.
    const plain = withoutHidden(results, filters, {});
    expect(plain).toEqual({ results, filters });
    expect(plain.filters.kind).not.toBe(filters.kind);
  });

  test('parts: as many as the records need, each record in the part its URL gives, evenly', () => {
    expect([0, 1, 4_000, 4_001, 26_000].map((records) => partCount(records))).toEqual([1, 1, 1, 2, 7]);
    const counts = new Array(8).fill(0);
    for (let n = 0; n < 8000; n++) counts[partOf(`/articles/article-${n}/`, 8)]++;
    for (const count of counts) expect(Math.abs(count - 1000)).toBeLessThan(150);
    // One part holds every record: the layout of an index that is not split.
    expect(new Set(Array.from({ length: 100 }, (_, n) => partOf(`/entities/entity-${n}/`, 1)))).toEqual(new Set([0]));
  });
});
