/**
 * The mentions check (`npm run mentions`): in the original text of each article, every place the
 * register names an entity that the edition has not tagged, and every tagged mention whose words
 * are not among its entity's spellings. When an entity or a variant is added, the editor learns
 * where the archive already names it. A tagged phrase that describes an entity rather than naming
 * it ("its border service") is intended when the entity lists it under `described`.
 */
import type { Corpus } from './corpus.ts';
import { findNames, indexRegister, isSpellingOf, type HeldName, type NamedEntity } from './mention-matcher.ts';
import { spellingsOf, wordsFor } from './schema.ts';

export interface MentionFinding {
  article: string;
  file: string;
  paragraph: number;
  line: number | undefined;
  words: string;
  entity: string;
}

export interface MentionsReport {
  /** A register name in the original that no <Mention> (nor, for an outlet, a <Citation>) covers. */
  untagged: MentionFinding[];
  /** A <Mention> whose words are neither a spelling of its entity nor a phrase it is `described` by. */
  unlike: MentionFinding[];
  /** Names the matcher would not tag (shared by two entities, or a common word), not covered by a <Mention>: for review. */
  held: (MentionFinding & { reason: HeldName['reason']; entities: string[] })[];
}

/** The register as the matcher reads it: every entity with its spellings. */
export const namedEntities = (corpus: Corpus): NamedEntity[] => [...corpus.entities.values()].map(({ slug, data }) => ({ slug, spellings: spellingsOf(data) }));

/** The check over every article of the corpus, or the one named. */
export function checkMentions(corpus: Corpus, only?: string): MentionsReport {
  const index = indexRegister(namedEntities(corpus));
  const report: MentionsReport = { untagged: [], unlike: [], held: [] };
  for (const article of corpus.articles.filter((candidate) => only === undefined || candidate.slug === only)) {
    for (const paragraph of article.paragraphs) {
      const where = { article: article.slug, file: article.file, paragraph: paragraph.n, line: paragraph.line };
      // Words inside a <Mention>, or an outlet's name inside a <Citation>, are tagged already.
      const marks = [...paragraph.mentions, ...paragraph.citations];
      const tagged = (start: number, end: number) => marks.some((mark) => mark.start < end && start < mark.end);
      const { found, held } = findNames(paragraph.text, index);
      for (const name of found.filter((candidate) => !tagged(candidate.start, candidate.end))) {
        report.untagged.push({ ...where, words: name.text, entity: name.entity });
      }
      for (const name of held.filter((candidate) => !tagged(candidate.start, candidate.end))) {
        report.held.push({ ...where, words: name.text, entity: name.entities[0]!, entities: name.entities, reason: name.reason });
      }
      for (const mention of paragraph.mentions) {
        const entity = corpus.entities.get(mention.entity)!.data;
        if (!isSpellingOf(mention.text, wordsFor(entity))) report.unlike.push({ ...where, line: mention.line, words: mention.text, entity: mention.entity });
      }
    }
  }
  return report;
}
