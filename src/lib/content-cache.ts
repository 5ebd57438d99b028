/**
 * A cache of file readings, by content: reading a content file (parsing, checking, rendering its
 * prose) depends only on its text and on the code that reads it, so the result is kept under a
 * hash of both, in the build's cache folder. An unchanged archive is not parsed again; an edited
 * file is, and nothing else. Errors are never cached: a file with a problem is read, and its
 * problem reported, on every build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ContentCache {
  /**
   * The key of the reading of `text` as `kind`: a hash of the code version, the kind and the text
   * (a string, or a file's bytes: UTF-8, so the same key), the only things that reading depends on,
   * so the key names the reading (page-keys.ts digests a reading by it). Another reading of the
   * same text may be keyed by this key in place of the text, which is then not hashed again.
   */
  key(kind: string, text: string | Uint8Array): string;
  /**
   * The reading under `key` made by `read`, from the cache when it was read before. A reading is
   * plain JSON data (no Map, no Date), and a fresh one is returned as the cache would give it back,
   * so a build reads the same data either way.
   */
  reading<T>(key: string, read: () => T): T;
  /**
   * Keeps the reading under `key` (made by `read` only when it is not kept yet) without loading it,
   * and returns the function that loads it: the caller holds the key, not the text or the reading.
   */
  stored<T>(key: string, read: () => T): () => T;
  /** Removes the entries that this process did not use (readings of texts that no longer exist). */
  prune(): void;
}

/**
 * What decides whether a cached reading still holds besides the text: the code that reads content
 * (every module of src/lib, read from the project folder the build runs in) and the locked library
 * versions. Conservative on purpose: any change to that code re-reads everything once.
 */
export function codeVersion(projectRoot = '.'): string {
  const hash = createHash('sha256');
  const lib = join(projectRoot, 'src', 'lib');
  for (const name of readdirSync(lib).filter((file) => file.endsWith('.ts')).sort()) hash.update(name).update('\0').update(readFileSync(join(lib, name)));
  const lock = join(projectRoot, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

/**
 * The cache's files are JSON written in ASCII, every other character as its \u escape, and read
 * back as Latin-1: what the archive's texts hold beyond ASCII (curly quotes, Cyrillic) made every
 * file's JSON a two-byte string, which is decoded from UTF-8 and parsed more slowly. The 5,000
 * readings of a 5,000-article archive (310 million bytes): decoded and parsed in 2.3–2.7 s of CPU,
 * as ASCII in 1.7–2.1 s, for the same objects. Hand-written rather than jsesc (`json: true`, the
 * same escapes): JSON.stringify leaves every character but quotes, backslashes and controls as it
 * is, so one replace after it suffices, and for 3,171 of the cache's values it took 0.5–0.6 s of
 * CPU where jsesc took 2.9 s. A file of the former UTF-8 form is never read as Latin-1: the code
 * version is part of every key and of the memo's version, so the change of format made new ones.
 */
const NOT_ASCII = /[\u0080-\uffff]/g;
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(NOT_ASCII, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
const writeJson = (path: string, json: string): void => writeFileSync(path, json, 'latin1');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'latin1'));

/** A cache kept in `directory` (created when first written). */
export function openContentCache(directory: string, projectRoot = '.'): ContentCache {
  const version = codeVersion(projectRoot);
  const used = new Set<string>();
  const folders = new Set<string>();
  const pathOf = (key: string) => join(directory, key.slice(0, 2), `${key}.json`);
  /** Writes the value under `key` and returns its JSON. */
  const write = (key: string, value: unknown): string => {
    const json = asciiJson(value);
    const folder = join(directory, key.slice(0, 2));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeJson(pathOf(key), json);
    return json;
  };
  return {
    key: (kind, text) => createHash('sha256').update(version).update('\0').update(kind).update('\0').update(text).digest('hex'),
    reading<T>(key: string, read: () => T): T {
      used.add(key);
      const path = pathOf(key);
      if (existsSync(path)) {
        try {
          return readJson(path) as T;
        } catch {
          // A torn or foreign file: read the text again and replace it.
        }
      }
      // What a later build would get from the cache. Also, a parser's strings are often slices of
      // the text it read (the YAML front matter's are), and one kept slice keeps the whole file.
      return JSON.parse(write(key, read())) as T;
    },
    stored<T>(key: string, read: () => T): () => T {
      used.add(key);
      const path = pathOf(key);
      if (!existsSync(path)) write(key, read());
      return () => {
        if (!existsSync(path)) throw new Error(`The content cache lost ${path} during the build (was ${directory} emptied?): build again.`);
        return readJson(path) as T;
      };
    },
    prune() {
      if (!existsSync(directory)) return;
      for (const folder of readdirSync(directory)) {
        for (const name of readdirSync(join(directory, folder))) {
          if (!used.has(name.replace(/\.json$/, ''))) rmSync(join(directory, folder, name), { force: true });
        }
      }
    },
  };
}

/** Strings made by slow code, kept between builds in one file (`remembered`, below). */
export interface StringMemo {
  /** The string kept under `key`, or the one `make` gives, kept from now on. */
  get(key: string, make: () => string): string;
  /** Whether a string is kept under `key`. */
  has(key: string): boolean;
  /**
   * Writes the memo to the file: what was kept and what this process made. An incremental build
   * renders a few pages, so what it did not look up is still wanted by the pages it copied.
   */
  save(): void;
}

/**
 * A memo in `file`, dropped as a whole when the code or the locked libraries change (codeVersion):
 * that is when its strings may be stale, and it bounds what the file collects between two changes.
 */
export function openStringMemo(file: string, projectRoot = '.'): StringMemo {
  const version = codeVersion(projectRoot);
  let kept: Record<string, string> = {};
  if (existsSync(file)) {
    try {
      const stored = readJson(file) as { version?: string; strings?: Record<string, string> };
      if (stored.version === version && stored.strings) kept = stored.strings;
    } catch {
      // A torn file: start again.
    }
  }
  const hashed = (key: string) => createHash('sha256').update(key).digest('base64url');
  return {
    get(key, make) {
      return (kept[hashed(key)] ??= make());
    },
    has(key) {
      return Object.hasOwn(kept, hashed(key));
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      writeJson(file, asciiJson({ version, strings: kept }));
    },
  };
}

/**
 * Strings kept between builds (formatted citations: cite.ts; digests of the chronology's items and
 * pages' keys: page-keys.ts): the build registers a memo on globalThis (src/data/string-memo.ts), shared by the
 * page bundles, each with its own copy of the modules that ask. The key holds everything the
 * string depends on; without a memo (the tests), every string is made.
 */
const MEMO = Symbol.for('glossa.stringMemo');
export function remembered(key: string, make: () => string): string {
  const memo = (globalThis as Record<symbol, StringMemo | undefined>)[MEMO];
  return memo ? memo.get(key, make) : make();
}

/**
 * Makes at once the strings of `keys` that the memo does not keep yet, kept from now on: `make`
 * gets their indexes in `keys`, in order, and returns their strings in that order. For strings
 * that cost less made together (citations: cite.ts, prepareCitations). Without a memo, nothing is made.
 */
export function rememberAll(keys: readonly string[], make: (missing: readonly number[]) => readonly string[]): void {
  const memo = (globalThis as Record<symbol, StringMemo | undefined>)[MEMO];
  if (!memo) return;
  const missing = keys.flatMap((key, index) => (memo.has(key) ? [] : [index]));
  if (missing.length === 0) return;
  const made = make(missing);
  if (made.length !== missing.length) throw new Error(`rememberAll: ${missing.length} strings asked for, ${made.length} made`);
  missing.forEach((index, position) => memo.get(keys[index]!, () => made[position]!));
}

/** Registers the memo that `remembered` keeps strings in. */
export function rememberStringsIn(memo: StringMemo): void {
  (globalThis as Record<symbol, StringMemo | undefined>)[MEMO] = memo;
}
