/** Page cache keys (src/lib/page-keys.ts): a key changes with what its page shows, and costs little when nothing did. */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { buildChronology, chronologyCounts, type ChronologyItem } from '../../src/lib/chronology.ts';
import { buildCorpus, type Corpus } from '../../src/lib/corpus.ts';
import { articlePageKey, chronologyPageKeys, entityListPageKeys, entityPageKey, readFromCache } from '../../src/lib/page-keys.ts';
import { paginate } from '../../src/lib/pagination.ts';
import { rememberStringsIn } from '../../src/lib/content-cache.ts';
import { article, entity } from './helpers.ts';

const scratch = mkdtempSync(join(tmpdir(), 'glossa-page-keys-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** A copy of the mini fixture and a cache folder for it. */
function fixture(name: string): { folder: string; cacheDir: string; edit: (file: string, from: string, to: string) => void } {
  const folder = join(scratch, name);
  cpSync('tests/fixtures/mini', folder, { recursive: true });
  let seconds = 1_000_000_000;
  return {
    folder,
    cacheDir: join(scratch, `${name}-cache`),
    edit: (file, from, to) => {
      const path = join(folder, file);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
      // A new modification time, so that loadCorpus reads the folder again (not its reading of this process).
      utimesSync(path, (seconds += 100), seconds);
    },
  };
}

/** A memo kept across the builds of a test, as the cache folder keeps it, counting the strings it is asked to make by the kind their key starts with. */
const keptMemo = () => {
  const kept = new Map<string, string>();
  const made: Record<string, number> = {};
  const memo = {
    made,
    get: (key: string, make: () => string) => {
      if (!kept.has(key)) {
        const kind = key.slice(0, key.indexOf('\0'));
        made[kind] = (made[kind] ?? 0) + 1;
        kept.set(key, make());
      }
      return kept.get(key)!;
    },
    has: (key: string) => kept.has(key),
    save: () => {},
  };
  return memo;
};
afterEach(() => rememberStringsIn({ get: (_key, make) => make(), has: () => false, save: () => {} }));

const keys = (corpus: ReturnType<typeof loadCorpus>) => ({
  article: articlePageKey(corpus, corpus.article('a-small-article')!),
  dushanbe: entityPageKey(corpus, 'dushanbe', '2026-11-27'),
  avesta: entityPageKey(corpus, 'avesta', '2026-11-27'),
  edm: entityPageKey(corpus, 'edm', '2026-11-27'),
});

describe('with the content cache, a reading is digested by its cache key', () => {
  test('its model is not serialised to make a key', () => {
    const { folder, cacheDir } = fixture('no-stringify');
    const corpus = loadCorpus(folder, { cacheDir });
    const stringify = vi.spyOn(JSON, 'stringify');
    keys(corpus);
    const readings = new Set<unknown>([...corpus.articles, ...corpus.entities.values()]);
    expect(stringify).toHaveBeenCalled();
    expect(stringify.mock.calls.filter(([value]) => readings.has(value))).toEqual([]);
  });

  test('the keys are the same for the same files read again, as on the next build', () => {
    const { folder, cacheDir, edit } = fixture('same');
    const first = keys(loadCorpus(folder, { cacheDir }));
    edit('articles/a-small-article.mdx', 'The capital.', 'The capital.');
    expect(keys(loadCorpus(folder, { cacheDir }))).toEqual(first);
  });

  test.each([['made afresh', false], ['kept between builds', true]])('an edit changes the key of every page that shows what was edited, and of no other (keys %s)', (_label, kept) => {
    if (kept) rememberStringsIn(keptMemo());
    const { folder, cacheDir, edit } = fixture(`edits-${kept}`);
    const before = keys(loadCorpus(folder, { cacheDir }));
    // A note's words: the article's page only. The entities' pages show the words around a name
    // in the original's paragraphs, and a note's title and place, not its words.
    edit('articles/a-small-article.mdx', 'The capital.', 'The capital city.');
    const reworded = keys(loadCorpus(folder, { cacheDir }));
    expect(reworded.article).not.toBe(before.article);
    expect({ ...reworded, article: undefined }).toEqual({ ...before, article: undefined });
    // A paragraph's words: the pages of the entity it names (its words around the name) and of the
    // outlet it cites (the claim), with the original they are checked against.
    edit('articles/a-small-article.mdx', 'went well', 'went very well');
    edit('sources/a-small-article.txt', 'went well', 'went very well');
    const claimed = keys(loadCorpus(folder, { cacheDir }));
    expect(claimed.dushanbe).not.toBe(reworded.dushanbe);
    expect(claimed.avesta).not.toBe(reworded.avesta);
    // A name in a note, and then the note's title: the page of the entity it names, which lists the note.
    edit('articles/a-small-article.mdx', 'The capital city.', 'The capital, <Mention entity="dushanbe">Dushanbe</Mention>.');
    const named = keys(loadCorpus(folder, { cacheDir }));
    expect(named.dushanbe).not.toBe(claimed.dushanbe);
    expect(named.avesta).toBe(claimed.avesta);
    edit('articles/a-small-article.mdx', 'title="Where"', 'title="Where it was"');
    const noted = keys(loadCorpus(folder, { cacheDir }));
    expect(noted.dushanbe).not.toBe(named.dushanbe);
    expect(noted.avesta).toBe(named.avesta);
    // The publication's page lists no article.
    expect(noted.edm).toBe(before.edm);
    // An entity's summary: its own page, and an outlet's whose country it is; not the article's,
    // which shows an entity's name and type.
    edit('entities/dushanbe.yaml', 'summary: ', 'summary: In short, ');
    const summarised = keys(loadCorpus(folder, { cacheDir }));
    expect(summarised.dushanbe).not.toBe(noted.dushanbe);
    expect(summarised.avesta).not.toBe(noted.avesta);
    expect(summarised.article).toBe(noted.article);
    expect(summarised.edm).toBe(noted.edm);
    // An entity's name: the article's page, which links it by name.
    edit('entities/dushanbe.yaml', 'name: Dushanbe', 'name: Dushanbe City');
    const renamed = keys(loadCorpus(folder, { cacheDir }));
    expect(renamed.article).not.toBe(summarised.article);
    expect(renamed.edm).toBe(summarised.edm);
  });
});

test.each([['made afresh', false], ['kept between builds', true]])('a page of an entity’s list is keyed by what it shows of each place: a note’s words outside its title do not change it (keys %s)', (_label, kept) => {
  const memo = keptMemo();
  if (kept) rememberStringsIn(memo);
  const { folder, cacheDir, edit } = fixture(`lists-${kept}`);
  edit('articles/a-small-article.mdx', 'The capital.', 'The capital, <Mention entity="dushanbe">Dushanbe</Mention>.');
  const listKeys = (corpus: Corpus) => ({
    mentions: entityListPageKeys(corpus, 'dushanbe', 'mentions', paginate(corpus.mentionedIn('dushanbe'), 10))[0]!,
    notes: entityListPageKeys(corpus, 'dushanbe', 'notes', paginate(corpus.discussedIn('dushanbe'), 10))[0]!,
  });
  const before = listKeys(loadCorpus(folder, { cacheDir }));
  // The same files again, as on the next build: with a memo, the keys are not made again.
  const made = { ...memo.made };
  expect(made).toEqual(kept ? { 'page keys': 2 } : {});
  expect(listKeys(loadCorpus(folder, { cacheDir }))).toEqual(before);
  expect(memo.made).toEqual(made);
  edit('articles/a-small-article.mdx', 'The capital, <Mention', 'The old capital, <Mention');
  expect(listKeys(loadCorpus(folder, { cacheDir }))).toEqual(before);
  edit('articles/a-small-article.mdx', 'title="Where"', 'title="Where it was"');
  const titled = listKeys(loadCorpus(folder, { cacheDir }));
  expect(titled.notes).not.toBe(before.notes);
  expect(titled.mentions).toBe(before.mentions);
  edit('articles/a-small-article.mdx', 'went well', 'went very well');
  edit('sources/a-small-article.txt', 'went well', 'went very well');
  const reworded = listKeys(loadCorpus(folder, { cacheDir }));
  expect(reworded.mentions).not.toBe(titled.mentions);
  expect(reworded.notes).toBe(titled.notes);
  // Both lists name the article by its title.
  edit('articles/a-small-article.mdx', 'title: A Small Article', 'title: A Small Article Renamed');
  edit('sources/a-small-article.txt', 'A Small Article', 'A Small Article Renamed');
  const renamed = listKeys(loadCorpus(folder, { cacheDir }));
  expect(renamed.mentions).not.toBe(reworded.mentions);
  expect(renamed.notes).not.toBe(reworded.notes);
  // Kept or not, the keys are those made afresh.
  rememberStringsIn({ get: (_key, make) => make(), has: () => false, save: () => {} });
  expect(listKeys(loadCorpus(folder, { cacheDir }))).toEqual(renamed);
});

test('kept between builds, a list page’s key is made again only when an article with sites on that page changed', () => {
  const memo = keptMemo();
  rememberStringsIn(memo);
  const entities = ['edm', 'jamestown', 'dushanbe'].map((slug) => entity(slug));
  const named = (slug: string, words: string) => article(`<Paragraph n={1}>\n${words} <Mention entity="dushanbe">dushanbe</Mention>.\n</Paragraph>`, slug);
  const pageKeys = (articles: ReturnType<typeof article>[]) => {
    const corpus = buildCorpus(entities, articles);
    return entityListPageKeys(corpus, 'dushanbe', 'mentions', paginate(corpus.mentionedIn('dushanbe'), 1));
  };
  const [one, two, three] = [named('one', 'First in'), named('two', 'Then in'), named('three', 'Last in')];
  const before = pageKeys([one, two, three]);
  expect(before).toHaveLength(3);
  expect(memo.made['page keys']).toBe(3);
  const after = pageKeys([one, named('two', 'Later in'), three]);
  // One page shows the edited article's site: its key alone is made again, and it changed.
  expect(memo.made['page keys']).toBe(4);
  expect(after.filter((key, index) => key !== before[index])).toHaveLength(1);
});

test('a reading is digested with its slug and file: the same text under another name is another reading', () => {
  const entities = ['edm', 'jamestown'].map((slug) => entity(slug));
  const body = '<Paragraph n={1}>\nWords.\n</Paragraph>';
  const [one, other] = [article(body, 'one'), article(body, 'other')];
  const corpus = buildCorpus(entities, [readFromCache(one, 'key'), readFromCache(other, 'key')]);
  expect(articlePageKey(corpus, one)).not.toBe(articlePageKey(corpus, other));
});

test('without the cache, a reading is digested by its model', () => {
  const entities = ['edm', 'jamestown'].map((slug) => entity(slug));
  const keyOf = (body: string) => {
    const read = article(body);
    return articlePageKey(buildCorpus(entities, [read]), read);
  };
  expect(keyOf('<Paragraph n={1}>\nWords.\n</Paragraph>')).toBe(keyOf('<Paragraph n={1}>\nWords.\n</Paragraph>'));
  expect(keyOf('<Paragraph n={1}>\nWords.\n</Paragraph>')).not.toBe(keyOf('<Paragraph n={1}>\nOther words.\n</Paragraph>'));
});

describe('a chronology page is keyed by what its items show, and what they show of other entities', () => {
  /** The key of the first page of each year. */
  let built = 0;
  const yearKeys = (corpus: Corpus) => {
    let chronology: ChronologyItem[] | undefined;
    const items = () => (chronology ??= (built++, buildChronology(corpus)));
    return Object.fromEntries([...chronologyCounts(corpus)].map(([year, ofYear]) => [year, chronologyPageKeys(corpus, year, ofYear, 10, items)[0]!]));
  };

  test.each([['made afresh', false], ['kept between builds', true]])('an edit of what an item shows changes its page’s key, of nothing shown changes none (digests %s)', (_label, kept) => {
    if (kept) rememberStringsIn(keptMemo());
    const { folder, cacheDir, edit } = fixture(`chronology-${kept}`);
    edit('articles/a-small-article.mdx', 'The capital.', 'The capital since <When date="1924">1924</When>.');
    const before = yearKeys(loadCorpus(folder, { cacheDir }));
    expect(Object.keys(before)).toEqual(['1924', '2004']);
    // The dated sentence.
    edit('articles/a-small-article.mdx', 'The capital since', 'The capital city since');
    const sentence = yearKeys(loadCorpus(folder, { cacheDir }));
    expect(sentence['1924']).not.toBe(before['1924']);
    // The name of a cited outlet, in its item's text.
    edit('entities/avesta.yaml', 'name: Avesta', 'name: Avesta News');
    const outlet = yearKeys(loadCorpus(folder, { cacheDir }));
    expect(outlet['2004']).not.toBe(sentence['2004']);
    expect(outlet['1924']).toBe(sentence['1924']);
    // Nothing a chronology page shows: an entity's summary, and the words of its items' article
    // outside their sentences (a sentence added to a note, another note).
    edit('entities/dushanbe.yaml', 'summary: ', 'summary: In short, ');
    expect(yearKeys(loadCorpus(folder, { cacheDir }))).toEqual(outlet);
    edit('articles/a-small-article.mdx', 'The capital city since <When date="1924">1924</When>.', 'The capital city since <When date="1924">1924</When>. It grew.');
    edit('articles/a-small-article.mdx', 'Later.', 'Later, much later.');
    expect(yearKeys(loadCorpus(folder, { cacheDir }))).toEqual(outlet);
    // The title of its article, shown with each item.
    edit('articles/a-small-article.mdx', 'title: A Small Article', 'title: A Smaller Article');
    edit('sources/a-small-article.txt', 'A Small Article', 'A Smaller Article');
    const title = yearKeys(loadCorpus(folder, { cacheDir }));
    expect(title['1924']).not.toBe(outlet['1924']);
    expect(title['2004']).not.toBe(outlet['2004']);
  });

  test('kept between builds, an article’s items are digested again only when it changed, and the keys are those made afresh', () => {
    const { folder, cacheDir, edit } = fixture('chronology-memo');
    const afresh = yearKeys(loadCorpus(folder, { cacheDir }));
    const memo = keptMemo();
    rememberStringsIn(memo);
    expect(yearKeys(loadCorpus(folder, { cacheDir }))).toEqual(afresh);
    // The keys of the one year's pages (its article's items were digested for this corpus, the
    // same files' reading, before the memo, and are not digested again for the pages' keys).
    expect(memo.made).toEqual({ 'page keys': 1 });
    // Nothing a chronology page shows: a new reading's items are digested, once, the keys are
    // kept, and no item of the chronology is built to make them.
    const builtBefore = built;
    edit('entities/dushanbe.yaml', 'summary: ', 'summary: In short, ');
    expect(yearKeys(loadCorpus(folder, { cacheDir }))).toEqual(afresh);
    expect(memo.made).toEqual({ chronology: 1, 'page keys': 1 });
    expect(built).toBe(builtBefore);
    // A sentence without a date: the article's items are digested again, and show the same, so
    // the year's keys are kept and the chronology is not built.
    edit('articles/a-small-article.mdx', 'Later.', 'Later, much later.');
    expect(yearKeys(loadCorpus(folder, { cacheDir }))).toEqual(afresh);
    expect(memo.made).toEqual({ chronology: 2, 'page keys': 1 });
    expect(built).toBe(builtBefore);
    // An entity's name, which an item may show: the keys are made again, from the items' kept
    // digests (the entity is no outlet: what the items show is unchanged).
    edit('entities/dushanbe.yaml', 'name: Dushanbe', 'name: Dushanbe City');
    expect(yearKeys(loadCorpus(folder, { cacheDir }))).toEqual(afresh);
    expect(memo.made).toEqual({ chronology: 2, 'page keys': 2 });
  });
});
