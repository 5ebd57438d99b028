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
