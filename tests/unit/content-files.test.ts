/** loadCorpus reads a content folder once per process while its files stay the same. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { ContentError, ContentErrors } from '../../src/lib/content-error.ts';
import { loadCorpus } from '../../src/lib/content-files.ts';

const folder = mkdtempSync(join(tmpdir(), 'glossa-content-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a second load of unchanged files reuses the first; any change to a file loads afresh', () => {
  cpSync('tests/fixtures/mini', folder, { recursive: true });
  const first = loadCorpus(folder);
  expect(loadCorpus(folder)).toBe(first);
  appendFileSync(join(folder, 'entities', 'dushanbe.yaml'), '# an editor’s comment\n');
  const second = loadCorpus(folder);
  expect(second).not.toBe(first);
  expect(second.entities.size).toBe(first.entities.size);
});

test('a pinned load keeps the reading the process made, whatever changed since; an unpinned one then reads afresh', () => {
  const pinned = join(folder, 'pinned');
  cpSync('tests/fixtures/mini', pinned, { recursive: true });
  const first = loadCorpus(pinned);
  appendFileSync(join(pinned, 'entities', 'dushanbe.yaml'), '# an editor’s comment\n');
  expect(loadCorpus(pinned, { pinned: true })).toBe(first);
  const afresh = loadCorpus(pinned);
  expect(afresh).not.toBe(first);
  expect(loadCorpus(pinned, { pinned: true })).toBe(afresh);
});

test('an article saved with a byte order mark reads as without it (the mark is not part of the text)', () => {
  const withMark = join(folder, 'with-mark');
  cpSync('tests/fixtures/mini', withMark, { recursive: true });
  const article = join(withMark, 'articles', 'a-small-article.mdx');
  writeFileSync(article, `\uFEFF${readFileSync(article, 'utf8')}`);
  const read = loadCorpus(withMark).article('a-small-article')!;
  const plain = loadCorpus('tests/fixtures/mini').article('a-small-article')!;
  expect(read.meta).toEqual(plain.meta);
  expect(read.paragraphs).toEqual(plain.paragraphs);
});

test('a front matter mistake names the line of its field, or of the map a missing field belongs in', () => {
  const broken = join(folder, 'broken-front-matter');
  cpSync('tests/fixtures/mini', broken, { recursive: true });
  const article = join(broken, 'articles', 'a-small-article.mdx');
  const text = readFileSync(article, 'utf8');
  // "volume" is on line 5; edition's "number" is in the map on line 12.
  writeFileSync(article, text.replace('volume: 1', 'volume: one').replace('edition: { number: 1, date: 2026-11-27 }', 'edition: { date: 2026-11-27 }'));
  let problems: ContentError[] = [];
  try {
    loadCorpus(broken);
  } catch (error) {
    problems = (error as ContentErrors).problems;
  }
  expect(problems.map(({ line, problem }) => [line, problem.replace(/:.*/, '')])).toEqual([
    [5, 'front matter field "volume"'],
    [12, 'front matter field "edition.number"'],
  ]);
});

test('each warning is told once per reading of the files, whichever corpus has it first: the check’s (drafts in) or the site’s', () => {
  const withDraft = join(folder, 'with-draft');
  cpSync('tests/fixtures/mini', withDraft, { recursive: true });
  const article = join(withDraft, 'articles', 'a-small-article.mdx');
  // A draft beside the article (the same original), so that the corpus with the drafts and the one without them differ.
  writeFileSync(join(withDraft, 'articles', 'a-draft.mdx'), readFileSync(article, 'utf8').replace('---\n', '---\ndraft: true\n'));
  appendFileSync(article, '\n[^spare]: A note to self.\n');
  const told = (drafts: boolean): string[] => {
    const warnings: string[] = [];
    loadCorpus(withDraft, { drafts, warn: (untold) => warnings.push(...untold.map((warning) => warning.problem)) });
    return warnings;
  };
  expect(told(true)).toEqual([expect.stringContaining('footnote [^spare] is defined but no note cites it')]);
  expect(loadCorpus(withDraft, { drafts: false })).not.toBe(loadCorpus(withDraft, { drafts: true }));
  expect(told(false)).toEqual([]);
  // Read afresh (a file changed) by a caller that tells nothing, then asked for by one that does: told then.
  appendFileSync(join(withDraft, 'entities', 'dushanbe.yaml'), '# an editor’s comment\n');
  loadCorpus(withDraft, { drafts: false });
  expect(told(false)).toEqual([expect.stringContaining('footnote [^spare] is defined but no note cites it')]);
  expect(told(false)).toEqual([]);
});
