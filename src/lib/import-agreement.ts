/**
 * How closely the register-aware tagger reproduces a hand-made edition: its original's paragraphs
 * tagged afresh from the register, set against the edition's own mentions and citations. A mention
 * agrees when it is in the same paragraph, of the same entity, in the same words (a leading
 * determiner aside: "the United States" and "United States" are one tag). The test suite holds the
 * seed edition to 95% recall and precision; `npm run bench` prints the figures.
 */
import type { Article, Corpus } from './corpus.ts';
import { indexRegister, tagParagraph, withoutDeterminer } from './mention-matcher.ts';
import { namedEntities } from './mentions-check.ts';

export interface Agreement {
  /** Mentions in the edition's original text, tagged by hand. */
  hand: number;
  /** Mentions the tagger finds. */
  drafted: number;
  /** Those that agree. */
  agreeing: number;
  recall: number;
  precision: number;
  /** Citations of the edition, and those the tagger finds with the same outlet, date and words. */
  citations: { hand: number; agreeing: number };
  /** What the tagger missed and what it added, for the report. */
  missed: string[];
  added: string[];
}

const key = (paragraph: number, entity: string, words: string) => `p${paragraph} ${entity} “${withoutDeterminer(words).replace(/[’‘]/g, "'").toLowerCase()}”`;

/** Multiset difference: the items of `from` left after removing, one for one, those in `remove`. */
function without(from: readonly string[], remove: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of remove) counts.set(item, (counts.get(item) ?? 0) + 1);
  return from.filter((item) => {
    const left = counts.get(item) ?? 0;
    if (left === 0) return true;
    counts.set(item, left - 1);
    return false;
  });
}

/** The tagger on `article`'s original paragraphs, with `corpus`'s register, against the article's own tags. */
export function agreementWithEdition(article: Article, corpus: Corpus): Agreement {
  const register = namedEntities(corpus);
  const index = indexRegister(register);
  const outlets = register.filter(({ slug }) => corpus.entities.get(slug)!.data.type === 'source');
  const year = Number(article.meta.published.date.slice(0, 4));
  const tagged = article.paragraphs.map((paragraph) => ({ n: paragraph.n, ...tagParagraph(paragraph.text, index, outlets, year) }));
  const hand = article.paragraphs.flatMap((paragraph) => paragraph.mentions.map((mention) => key(paragraph.n, mention.entity, mention.text)));
  const drafted = tagged.flatMap((paragraph) => paragraph.mentions.map((name) => key(paragraph.n, name.entity, name.text)));
  const missed = without(hand, drafted);
  const added = without(drafted, hand);
  const agreeing = hand.length - missed.length;
  const citationKey = (paragraph: number, outlet: string | undefined, date: string | undefined, text: string) => `p${paragraph} ${outlet} ${date} ${text}`;
  const handCitations = article.paragraphs.flatMap((paragraph) => paragraph.citations.map((citation) => citationKey(paragraph.n, citation.outlet, citation.date, citation.text)));
  const foundCitations = tagged.flatMap((paragraph) => paragraph.citations.map((citation) => citationKey(paragraph.n, citation.outlet, citation.date, citation.text)));
  return {
    hand: hand.length,
    drafted: drafted.length,
    agreeing,
    recall: hand.length === 0 ? 1 : agreeing / hand.length,
    precision: drafted.length === 0 ? 1 : agreeing / drafted.length,
    citations: { hand: handCitations.length, agreeing: handCitations.length - without(handCitations, foundCitations).length },
    missed,
    added,
  };
}
