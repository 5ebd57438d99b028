/** Standards the editorial annotations must meet; the content tests apply them to every edition. */
import type { Prose } from './article-markup.ts';
import type { Article } from './corpus.ts';
import type { AnnotationKind } from './schema.ts';
import { sentences } from './snippet.ts';

/** Every paragraph of an original gets at least one annotation of each of these kinds. */
export const REQUIRED_KINDS: readonly AnnotationKind[] = ['context', 'analysis', 'aftermath'];

/** For each paragraph that lacks some required kind of annotation: which kinds it lacks. */
export function missingKinds(article: Article): { paragraph: number; missing: AnnotationKind[] }[] {
  return article.paragraphs.flatMap(({ n }) => {
    const kinds = new Set(article.annotations.filter((a) => a.paragraph === n).map((a) => a.kind));
    const missing = REQUIRED_KINDS.filter((kind) => !kinds.has(kind));
    return missing.length ? [{ paragraph: n, missing }] : [];
  });
}

/**
 * Sentences that state a figure or a year with no footnote after them in their block of prose.
 * A footnote may close a run of sentences. A figure needs no new footnote where it repeats one
 * from an earlier referenced sentence of the same note, or from the original (`originalText`).
 * Names that contain digits (9/11, the 201st) are not figures.
 */
export function unreferencedFigures(prose: Prose, originalText = ''): string[] {
  const blocks = blockEnds(prose.text);
  const masked = maskNames(prose);
  const known = new Set(figuresIn(originalText));
  const found: string[] = [];
  for (const sentence of sentences(prose.text)) {
    const figures = figuresIn(masked.slice(sentence.start, sentence.end));
    if (figures.length === 0) continue;
    const blockEnd = blocks.find((end) => end >= sentence.start) ?? prose.text.length;
    if (prose.footnoteRefs.some((ref) => ref.at > sentence.start && ref.at <= blockEnd)) {
      for (const figure of figures) known.add(figure);
    } else if (!figures.every((figure) => known.has(figure))) {
      found.push(sentence.text);
    }
  }
  return found;
}

/** The figures in a text: numbers with their digits, separators and a leading currency sign. */
function figuresIn(text: string): string[] {
  return [...text.matchAll(/\$?\d(?:[\d,.]*\d)?/g)].map((match) => match[0]);
}

/** Offsets where each block (paragraph, list item) of the prose ends. */
function blockEnds(text: string): number[] {
  const ends = [...text.matchAll(/\n\n/g)].map((match) => match.index);
  return [...ends, text.length];
}

/** The text with entity names, ordinals and "9/11" blanked out, so only figures keep their digits. */
function maskNames(prose: Prose): string {
  let masked = prose.text;
  for (const mention of prose.mentions) masked = masked.slice(0, mention.start) + ' '.repeat(mention.end - mention.start) + masked.slice(mention.end);
  return masked.replace(/\b\d+(?:st|nd|rd|th)\b/g, (m) => ' '.repeat(m.length)).replace(/\b9\/11\b/g, '    ');
}
