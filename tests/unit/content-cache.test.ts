/** The content cache (src/lib/content-cache.ts): a file is parsed again only when its text or the reading code changes. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { openContentCache, openStringMemo } from '../../src/lib/content-cache.ts';
import { loadCorpus } from '../../src/lib/content-files.ts';
import type { Corpus } from '../../src/lib/corpus.ts';

const scratch = mkdtempSync(join(tmpdir(), 'glossa-content-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const entryCount = (directory: string) => readdirSync(directory).flatMap((folder) => readdirSync(join(directory, folder))).length;
/** The reading of `text` as `kind`, by a cache of `directory` (a new cache object: as another process would). */
const readingOf = <T>(directory: string, kind: string, text: string, read: () => T): T => {
  const cache = openContentCache(directory);
  return cache.reading(cache.key(kind, text), read);
};

describe('openContentCache', () => {
  test('reads a text once; a changed text is read again; a fresh reading is what the cache gives back', () => {
    const directory = join(scratch, 'unit');
    let reads = 0;
    const read = (text: string) => () => {
      reads++;
      return { text, labels: { a: 'A source' }, note: undefined };
    };
    const fresh = readingOf(directory, 'article', 'one', read('one'));
    // As JSON keeps it: a field set to undefined is not there.
    expect(fresh).toStrictEqual({ text: 'one', labels: { a: 'A source' } });
    // Another process (a new cache object) finds the reading on disk.
    expect(readingOf(directory, 'article', 'one', read('one'))).toStrictEqual(fresh);
    expect(reads).toBe(1);
    readingOf(directory, 'article', 'one, edited', read('one, edited'));
    expect(reads).toBe(2);
    // The same text read as another kind is another reading.
    readingOf(directory, 'entity', 'one', read('one'));
    expect(reads).toBe(3);
  });

  test('a text and its UTF-8 bytes have one key: a file read as bytes and an edition kept as text share a reading', () => {
    const cache = openContentCache(join(scratch, 'bytes'));
    const text = 'Душанбе, “Khayrulloyev”\n';
    expect(cache.key('article', Buffer.from(text, 'utf8'))).toBe(cache.key('article', text));
    expect(cache.key('article', Buffer.from(`${text} `, 'utf8'))).not.toBe(cache.key('article', text));
  });

  test('stored keeps a reading without loading it; its loader loads it, and fails plainly once it is gone', () => {
    const directory = join(scratch, 'stored');
    let reads = 0;
    const read = () => {
      reads++;
      return { html: '<p>Two</p>' };
    };
    const cache = openContentCache(directory);
    const load = cache.stored(cache.key('article-html', 'two'), read);
    const later = openContentCache(directory);
    expect(later.stored(later.key('article-html', 'two'), read)()).toStrictEqual({ html: '<p>Two</p>' });
    expect(reads).toBe(1);
    rmSync(directory, { recursive: true });
    expect(load).toThrow(/lost .* during the build/);
  });

  test('a reading beyond ASCII comes back as it was made, from a file that is all ASCII', () => {
    const directory = join(scratch, 'ascii');
    // Curly quotes, Cyrillic, a letter outside the Basic Multilingual Plane (a surrogate pair) and a control character.
    const reading = { text: 'Хайруллоев “Khayrulloyev” — 𝔊lossa\u0007', label: 'Душанбе' };
    expect(readingOf(directory, 'article', 'ascii', () => reading)).toStrictEqual(reading);
    expect(readingOf(directory, 'article', 'ascii', () => ({ text: 'not read again' }))).toStrictEqual(reading);
    const [folder] = readdirSync(directory);
    const bytes = readFileSync(join(directory, folder!, readdirSync(join(directory, folder!))[0]!));
    expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    const memoFile = join(scratch, 'ascii-memo.json');
    const memo = openStringMemo(memoFile);
    memo.get('cite', () => reading.text);
    memo.save();
    expect(openStringMemo(memoFile).get('cite', () => 'made again')).toBe(reading.text);
    expect(readFileSync(memoFile).every((byte) => byte < 0x80)).toBe(true);
  });

  test('a failed reading is not cached: the problem is met again on the next build', () => {
    const directory = join(scratch, 'errors');
    const fail = () => {
      throw new Error('a problem in the file');
    };
    expect(() => readingOf(directory, 'article', 'bad', fail)).toThrow('a problem in the file');
    expect(() => readingOf(directory, 'article', 'bad', fail)).toThrow('a problem in the file');
  });

  test('prune removes the readings this process did not use', () => {
    const directory = join(scratch, 'prune');
    readingOf(directory, 'article', 'old', () => 1);
    const cache = openContentCache(directory);
    cache.reading(cache.key('article', 'new'), () => 2);
    cache.prune();
    expect(entryCount(directory)).toBe(1);
    expect(readingOf(directory, 'article', 'new', () => 3)).toBe(2);
  });
});

test('a corpus loaded from the cache equals the one parsed from the files', () => {
  const folder = join(scratch, 'content');
  cpSync('content', folder, { recursive: true });
  const cacheDir = join(scratch, 'corpus-cache');
  const parsed = loadCorpus(folder);
  // A new modification time defeats loadCorpus's in-process reuse, not the cache (same text).
  const touch = (seconds: number) => utimesSync(join(folder, 'entities', 'avesta.yaml'), seconds, seconds);
  touch(1_000_000_000);
  const written = loadCorpus(folder, { cacheDir });
  touch(1_000_000_100);
  const fromCache = loadCorpus(folder, { cacheDir });
  expect(fromCache).not.toBe(written);
  // An entity's reading; an article's reading and, apart, its HTML; the same for each earlier edition's copy.
  const earlierEditions = parsed.articles.reduce((count, article) => count + Math.max(0, parsed.editionsOf(article.slug).length - 1), 0);
  expect(earlierEditions).toBeGreaterThan(0);
  expect(entryCount(cacheDir)).toBe(parsed.entities.size + 2 * (parsed.articles.length + earlierEditions));
  // The HTML is loaded back from the cache entry when a page asks for it.
  const withHtml = (corpus: Corpus) => corpus.articles.map(({ html, ...article }) => ({ ...article, html: html() }));
  expect(withHtml(fromCache)).toEqual(withHtml(parsed));
  // The corpus does not hold it: without the cache folder, the model stands and the HTML is gone.
  rmSync(cacheDir, { recursive: true });
  expect(fromCache.articles[0]!.paragraphs.length).toBeGreaterThan(0);
  expect(() => fromCache.articles[0]!.html()).toThrow(/lost .* during the build/);
  expect([...fromCache.entities.values()]).toEqual([...parsed.entities.values()]);
});

describe('openStringMemo', () => {
  test('keeps what was made for the next build, also what a partial build did not look up', () => {
    const file = join(scratch, 'memo', 'citations.json');
    let made = 0;
    const make = (text: string) => () => {
      made++;
      return text;
    };
    const first = openStringMemo(file);
    expect(first.get('a', make('A'))).toBe('A');
    expect(first.get('a', make('not made'))).toBe('A');
    first.get('b', make('B'));
    first.save();
    expect(made).toBe(2);
    // The next build (an incremental one) finds "a" without making it and does not look up "b".
    const second = openStringMemo(file);
    expect(second.get('a', make('not made'))).toBe('A');
    second.save();
    // "b" is still kept for the build that renders its page again.
    expect(openStringMemo(file).get('b', make('not made'))).toBe('B');
    expect(made).toBe(2);
  });
});
