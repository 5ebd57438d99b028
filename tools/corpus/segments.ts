/**
 * Marked-up prose as a list of segments: plain words, and the marks an article may carry (a
 * <Mention>, a <When>, a <Citation>, a footnote reference). One list renders both the MDX and the
 * plain text that src/lib/article-markup.ts reads back from it, so the two agree by construction.
 */

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; entity: string; text: string }
  | { kind: 'when'; date: string; until?: string; text: string }
  | { kind: 'citation'; outlet: string; date: string; text: string }
  | { kind: 'footnote'; label: string };

export const text = (words: string): Segment => ({ kind: 'text', text: words });

/** The segments as MDX. Only words that need no escaping reach here (see words.ts). */
export function toMdx(segments: readonly Segment[]): string {
  return segments
    .map((segment) => {
      switch (segment.kind) {
        case 'text':
          return segment.text;
        case 'mention':
          return `<Mention entity="${segment.entity}">${segment.text}</Mention>`;
        case 'when':
          return `<When date="${segment.date}"${segment.until ? ` until="${segment.until}"` : ''}>${segment.text}</When>`;
        case 'citation':
          return `<Citation outlet="${segment.outlet}" date="${segment.date}">${segment.text}</Citation>`;
        case 'footnote':
          return `[^${segment.label}]`;
      }
    })
    .join('');
}

/** The words a reader sees: every segment's text, footnote references left out. */
export function toPlain(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.kind === 'footnote' ? '' : segment.text)).join('');
}

/** Words joined into sentences: segments of several sentences, separated by single spaces. */
export function joinSentences(sentences: readonly (readonly Segment[])[]): Segment[] {
  return sentences.flatMap((sentence, index) => (index === 0 ? [...sentence] : [text(' '), ...sentence]));
}

/** Upper-cases the first letter of a sentence when it begins with plain words. */
export function capitalize(segments: Segment[]): Segment[] {
  const first = segments[0];
  if (first?.kind === 'text' && first.text.length > 0) {
    return [text(first.text[0]!.toUpperCase() + first.text.slice(1)), ...segments.slice(1)];
  }
  return segments;
}
