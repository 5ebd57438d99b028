import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticleMarkup } from '../../src/lib/article-markup.ts';
import { readArticleFile } from '../../src/lib/content-files.ts';
import { firstDifference, rebuildOriginal } from '../../src/lib/original-text.ts';

const SLUG = 'tajikistan-diversifies-its-security-assistance';

describe('the edition keeps the original verbatim', () => {
  const { meta, body, file } = readArticleFile(`content/articles/${SLUG}.mdx`);
  const markup = parseArticleMarkup(body, file);
  const original = readFileSync(`content/sources/${meta.source}`, 'utf8');

  test('the plain text rebuilt from the markup equals the source file exactly', () => {
    expect(markup.paragraphs).toHaveLength(6);
    expect(firstDifference(original, rebuildOriginal(meta, markup.paragraphs))).toBeUndefined();
    expect(rebuildOriginal(meta, markup.paragraphs)).toBe(original);
  });

  test('the copy in content/sources is the shared original, byte for byte', () => {
    const shared = new URL(`../../../shared/source/${meta.source}`, import.meta.url);
    let sharedText: string | undefined;
    try {
      sharedText = readFileSync(shared, 'utf8');
    } catch {
      return; // a clone without ../shared has only content/sources to go by
    }
    expect(original).toBe(sharedText);
  });
});

describe('firstDifference', () => {
  test.each([
    // [expected, actual, report]
    ['same', 'same', undefined],
    ['abc\ndef', 'abc\ndXf', 'line 2, column 2: expected "ef", found "Xf"'],
    ['abc', 'ab', 'line 1, column 3: expected "c", found ""'],
  ])('%j vs %j', (expected, actual, report) => expect(firstDifference(expected, actual)?.description).toBe(report));
});
