/** The orders in which the archive lists its articles. */
import type { Article } from './corpus.ts';

/** By publication (name), then publication date, then title: the home page and the source ledger. */
export function byPublicationAndDate(a: Article, b: Article): number {
  return compare(a.meta.publication.name, b.meta.publication.name) || compare(a.meta.published.date, b.meta.published.date) || compare(a.meta.title, b.meta.title) || compare(a.slug, b.slug);
}

/** By publication date, then slug: lists that follow the archive through time (an entity's mentions). */
export function byDate(a: Article, b: Article): number {
  return compare(a.meta.published.date, b.meta.published.date) || compare(a.slug, b.slug);
}

/** Items that belong to an article (mention sites, citations), sorted by their article's date; stable within an article. */
export function sortByArticleDate<T extends { article: Article }>(items: readonly T[]): T[] {
  // By day first, in one pass: an archive has far fewer publication days than a much-named entity
  // has sites, so the items are not sorted one against another; a day's few articles then by slug.
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const day = byDay.get(item.article.meta.published.date);
    if (day) day.push(item);
    else byDay.set(item.article.meta.published.date, [item]);
  }
  return [...byDay]
    .sort(([a], [b]) => compare(a, b))
    .flatMap(([, day]) => (day.length > 1 ? day.sort((a, b) => compare(a.article.slug, b.article.slug)) : day));
}

/** Items grouped by the year of their date (YYYY-…), years in order, items in date order within each. */
export function byYear<T>(items: readonly T[], dateOf: (item: T) => string): { year: string; items: T[] }[] {
  const years = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => compare(dateOf(a), dateOf(b)))) {
    const year = dateOf(item).slice(0, 4);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years].map(([year, grouped]) => ({ year, items: grouped }));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
