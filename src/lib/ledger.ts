/** The source ledger: which claims of an original rest on which cited report, and which rest on none. */
import type { Citation } from './article-markup.ts';
import type { Article } from './corpus.ts';
import { sentenceAt, sentences } from './snippet.ts';

export interface LedgerParagraph {
  n: number;
  /** Each citation in the paragraph with the sentence it closes. */
  cited: { citation: Citation; sentence: string }[];
  /** Sentences that carry no citation of the original's own. */
  uncited: string[];
}

/** Sentence by sentence, what the original's own citations cover. */
export function sourceLedger(article: Article): LedgerParagraph[] {
  return article.paragraphs.map((paragraph) => {
    const citedStarts = new Set(paragraph.citations.map((citation) => sentenceAt(paragraph.text, citation.start).start));
    return {
      n: paragraph.n,
      cited: paragraph.citations.map((citation) => ({ citation, sentence: sentenceAt(paragraph.text, citation.start).text })),
      uncited: sentences(paragraph.text).filter(({ start }) => !citedStarts.has(start)).map(({ text }) => text),
    };
  });
}
