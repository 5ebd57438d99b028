/** The source ledger: which claims of an original rest on which cited report, and which rest on none. */
import type { Citation } from './article-markup.ts';
import type { Article } from './corpus.ts';
import { sentenceAt, sentencesOf } from './snippet.ts';

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
    // Split once, and once for the register's snippets too: the ledger's pages cover every paragraph of the archive.
    const found = sentencesOf(paragraph);
    const closed = paragraph.citations.map((citation) => ({ citation, sentence: sentenceAt(paragraph.text, citation.start, found) }));
    const citedStarts = new Set(closed.map(({ sentence }) => sentence.start));
    return {
      n: paragraph.n,
      cited: closed.map(({ citation, sentence }) => ({ citation, sentence: sentence.text })),
      uncited: found.filter(({ start }) => !citedStarts.has(start)).map(({ text }) => text),
    };
  });
}
