/** Page cache keys (src/lib/page-keys.ts): a key changes with what its page shows, and costs little when nothing did. */
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { buildCorpus } from '../../src/lib/corpus.ts';
import { articlePageKey, entityPageKey, readFromCache } from '../../src/lib/page-keys.ts';
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

  test('an edit changes the key of every page that shows what was edited, and of no other', () => {
    const { folder, cacheDir, edit } = fixture('edits');
    const before = keys(loadCorpus(folder, { cacheDir }));
    // A note's text: the article's page, and the pages of the entities it names or cites (they show its sentences and title).
    edit('articles/a-small-article.mdx', 'The capital.', 'The capital city.');
    const noted = keys(loadCorpus(folder, { cacheDir }));
    expect(noted.article).not.toBe(before.article);
    expect(noted.dushanbe).not.toBe(before.dushanbe);
    expect(noted.avesta).not.toBe(before.avesta);
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
  });
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
