/** Rebuilds the plain text of an original from its edition, to prove the edition kept it verbatim. */
import type { OriginalParagraph } from './article-markup.ts';
import type { ArticleMeta } from './schema.ts';

/**
 * The original as its archive prints it: title, publication line, byline line, then one line per
 * paragraph (Eurasia Daily Monitor's archive layout), with no newline at the end.
 */
export function rebuildOriginal(
  meta: Pick<ArticleMeta, 'title' | 'publication' | 'volume' | 'issue' | 'byline'>,
  paragraphs: readonly Pick<OriginalParagraph, 'text'>[],
): string {
  // HEADER_LINES lines, then the paragraphs.
  return [
    meta.title,
    `Publication: ${meta.publication.name} Volume: ${meta.volume} Issue: ${meta.issue}`,
    meta.byline === '' ? 'By:' : `By: ${meta.byline}`,
    ...paragraphs.map((paragraph) => paragraph.text),
  ].join('\n');
}

/** Where two texts first differ: 1-based line and column, and a short view of each side. */
export interface Difference {
  line: number;
  column: number;
  description: string;
}

/**
 * What is not part of an original's text, removed alike from the file in sources/ and from the
 * rebuilt edition before they are compared: a byte order mark, Windows line ends (CRLF), and one
 * newline at the end of the file (editors add it). Everything else is the text, byte for byte.
 */
export function withoutFileConventions(text: string): string {
  return withoutByteOrderMark(text).replace(/\r\n/g, '\n').replace(/\n$/, '');
}

/** A file's text without the byte order mark some Windows editors write first: it is not part of the text. */
export const withoutByteOrderMark = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/**
 * Names of the characters that look like others or like nothing: written out in full so that an
 * editor sees what differs (a table of our own: the few an editor cannot see, not the whole
 * Unicode name list, which would be a dependency of megabytes for a dozen names).
 */
const CHARACTER_NAMES: Record<string, string> = {
  ' ': 'SPACE', '\u00A0': 'NO-BREAK SPACE', '\u202F': 'NARROW NO-BREAK SPACE', '\u2009': 'THIN SPACE', '\u200B': 'ZERO WIDTH SPACE',
  '\u200D': 'ZERO WIDTH JOINER', '\u2060': 'WORD JOINER', '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (byte order mark)', '\t': 'CHARACTER TABULATION',
  '\n': 'LINE FEED (a line end)', '\r': 'CARRIAGE RETURN', '\u00AD': 'SOFT HYPHEN', '-': 'HYPHEN-MINUS', '\u2010': 'HYPHEN', '\u2011': 'NON-BREAKING HYPHEN',
  '\u2013': 'EN DASH', '\u2014': 'EM DASH', '\u2212': 'MINUS SIGN', "'": 'APOSTROPHE', '\u2019': 'RIGHT SINGLE QUOTATION MARK', '\u2018': 'LEFT SINGLE QUOTATION MARK',
  '"': 'QUOTATION MARK', '\u201C': 'LEFT DOUBLE QUOTATION MARK', '\u201D': 'RIGHT DOUBLE QUOTATION MARK', '\u0301': 'COMBINING ACUTE ACCENT', '\u0308': 'COMBINING DIAERESIS',
};

/** A character as an editor can identify it: U+00A0 NO-BREAK SPACE, U+00E9 "é". */
export function describeCharacter(character: string | undefined): string {
  if (character === undefined) return 'the end of the text';
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = CHARACTER_NAMES[character];
  return name ? `${code} ${name}` : `${code} ${JSON.stringify(character)}`;
}

/** The first difference between two texts, or undefined when they are equal. */
export function firstDifference(expected: string, actual: string): Difference | undefined {
  if (expected === actual) return undefined;
  const expectedCharacters = [...expected];
  const actualCharacters = [...actual];
  let index = 0;
  while (index < expectedCharacters.length && expectedCharacters[index] === actualCharacters[index]) index++;
  const before = expectedCharacters.slice(0, index).join('');
  const line = before.split('\n').length;
  const column = index - [...before.slice(0, before.lastIndexOf('\n') + 1)].length + 1;
  const context = (characters: string[]) => JSON.stringify(`${characters.slice(Math.max(0, index - 20), index).join('')}⟦${characters.slice(index, index + 20).join('')}`);
  const found = describeCharacter(actualCharacters[index]);
  const wanted = describeCharacter(expectedCharacters[index]);
  // The same words in another Unicode normalisation look identical: say so, or the editor sees no difference.
  const form = expected === expected.normalize('NFC') ? 'NFC' : expected === expected.normalize('NFD') ? 'NFD' : undefined;
  const normalisation = expected.normalize('NFC') === actual.normalize('NFC') ? ` (the same letters, composed differently${form ? `: the original is in Unicode ${form}, the edition must be too` : ''})` : '';
  return {
    line,
    column,
    description: `line ${line}, column ${column}: ${found} where the original has ${wanted}${normalisation}; the edition reads ${context(actualCharacters)}, the original ${context(expectedCharacters)} (⟦ marks the place)`,
  };
}

/** Lines of the rebuilt original before the first paragraph (title, publication, byline). */
export const HEADER_LINES = 3;
