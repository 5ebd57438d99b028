/**
 * The feed of new and corrected editions (/feed.xml): every published edition of every article,
 * newest first, each linking its permanent page and saying what it is and why it was made (the
 * editors' note), with a link to its entry on the changes page.
 */
import type { Corpus } from './corpus.ts';
import { noteBlocks } from './edition-changes.ts';
import { changeAnchor, changesUrl, editionUrl } from './permalink.ts';

/** How many editions the feed lists: a reader's feed wants the recent ones. */
export const FEED_LENGTH = 50;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/** The feed's items, from the corpus's published editions; `absolute` makes a site path a URL. */
export function editionFeedItems(corpus: Corpus, absolute: (path: string) => string): FeedItem[] {
  const items = corpus.articles.flatMap((article) =>
    corpus.editionsOf(article.slug).map(({ edition }) => {
      const first = noteBlocks(edition.note)[0];
      const note = first === undefined ? '' : 'list' in first ? first.list.join('; ') : first.paragraph;
      const changes = edition.number === 1 ? '' : ` What changed: ${absolute(`${changesUrl(article.slug)}#${changeAnchor(edition.number)}`)}`;
      return {
        title: `${article.meta.title}: ${edition.number === 1 ? 'first edition' : `edition ${edition.number}, corrected`}`,
        link: absolute(editionUrl(article.slug, edition.number)),
        pubDate: new Date(`${edition.date}T00:00:00Z`),
        description: `${note}${changes}`,
      };
    }),
  );
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || b.link.localeCompare(a.link)).slice(0, FEED_LENGTH);
}
