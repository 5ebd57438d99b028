/** An entity's long lists, each on pages of its own when its page cannot show them all: how each is gathered, linked and named. */
import type { Corpus, MentionSite } from '../lib/corpus';
import { entityMentionsUrl, entityNotesUrl } from '../lib/permalink';

export interface EntityList {
  sitesOf: (corpus: Corpus, slug: string) => MentionSite[];
  url: (slug: string, n?: number) => string;
  /** "Paragraphs that name" + the entity's name. */
  heading: string;
  /** "Every paragraph of the originals that names" + the entity's name. */
  described: string;
}

export const ENTITY_LISTS = {
  mentions: { sitesOf: (corpus, slug) => corpus.mentionedIn(slug), url: entityMentionsUrl, heading: 'Paragraphs that name', described: 'Every paragraph of the originals that names' },
  notes: { sitesOf: (corpus, slug) => corpus.discussedIn(slug), url: entityNotesUrl, heading: 'Editorial notes that name', described: 'Every editorial note that names' },
} satisfies Record<string, EntityList>;

export type EntityListName = keyof typeof ENTITY_LISTS;
