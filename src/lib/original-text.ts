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

/** The first difference between two texts, or undefined when they are equal. */
export function firstDifference(expected: string, actual: string): Difference | undefined {
  if (expected === actual) return undefined;
  let index = 0;
  while (index < expected.length && expected[index] === actual[index]) index++;
  const before = expected.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  const show = (text: string) => JSON.stringify(text.slice(index, index + 40));
  return { line, column, description: `line ${line}, column ${column}: expected ${show(expected)}, found ${show(actual)}` };
}

/** Lines of the rebuilt original before the first paragraph (title, publication, byline). */
export const HEADER_LINES = 3;
