/** Plain-text citation of an article in its edition (Chicago-like). */
import { longDate } from './dates.ts';
import type { ArticleMeta } from './schema.ts';

/** How a reader cites the article as read in this edition, naming the edition and its permanent URL. */
export function citeArticle(meta: ArticleMeta, url: string): string {
  const author = meta.byline === '' ? '[Author not named]' : meta.byline;
  const date = meta.published.approximate ? `ca. ${longDate(meta.published.date)}` : longDate(meta.published.date);
  return `${author}. “${meta.title}.” ${meta.publication.name} ${meta.volume}, no. ${meta.issue} (${date}). ${meta.publisher.name}. Annotated edition, Glossa, edition ${meta.edition.number} (${longDate(meta.edition.date)}). ${url}`;
}
