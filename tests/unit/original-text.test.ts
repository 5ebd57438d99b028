import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticleMarkup } from '../../src/lib/article-markup.ts';
import { readArticleFile } from '../../src/lib/content-files.ts';
import { firstDifference, rebuildOriginal, withoutFileConventions } from '../../src/lib/original-text.ts';

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
    ['abc\ndef', 'abc\ndXf', 'line 2, column 2: U+0058 "X" where the original has U+0065 "e"; the edition reads "abc\\nd⟦Xf", the original "abc\\nd⟦ef" (⟦ marks the place)'],
    ['abc', 'ab', 'line 1, column 3: the end of the text where the original has U+0063 "c"; the edition reads "ab⟦", the original "ab⟦c" (⟦ marks the place)'],
    ['a b', 'a\u00A0b', 'line 1, column 2: U+00A0 NO-BREAK SPACE where the original has U+0020 SPACE; the edition reads "a⟦\u00A0b", the original "a⟦ b" (⟦ marks the place)'],
    ['Caf\u00E9', 'Cafe\u0301', 'line 1, column 4: U+0065 "e" where the original has U+00E9 "é" (the same letters, composed differently: the original is in Unicode NFC, the edition must be too); the edition reads "Caf⟦e\u0301", the original "Caf⟦é" (⟦ marks the place)'],
  ])('%j vs %j', (expected, actual, report) => expect(firstDifference(expected, actual)?.description).toBe(report));
});

describe('withoutFileConventions: what is not part of the text, removed on both sides', () => {
  test.each([
    ['a byte order mark', '\uFEFFTitle\nText', 'Title\nText'],
    ['Windows line ends', 'Title\r\nText', 'Title\nText'],
    ['a final newline', 'Title\nText\n', 'Title\nText'],
    ['all three', '\uFEFFTitle\r\nText\r\n', 'Title\nText'],
    ['a no-break space stays', 'a\u00A0b', 'a\u00A0b'],
    ['a second final newline stays (an empty paragraph)', 'Text\n\n', 'Text\n'],
  ])('%s', (_what, text, normalised) => expect(withoutFileConventions(text)).toBe(normalised));
});
