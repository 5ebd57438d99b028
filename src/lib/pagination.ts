/**
 * Long lists on pages of a fixed size, for an archive of thousands of articles: the home page's
 * editions, the source ledger, a year of the chronology, the paragraphs that name an entity.
 * Page 1 is the list's own URL; page n is <list>/page/<n>/ (see listPageUrl in permalink.ts).
 * The URL of page n is permanent; which items it holds moves on as the archive grows, so cite an
 * item by its own URL, never by the page it was listed on.
 */

/** Items per page of each long list (each page a few hundred kilobytes at most). */
export const PAGE_SIZE = {
  /** Editions on the home page and its /page/<n>/ pages. */
  editions: 50,
  /** Editions per page of the source ledger (each with its table of claims). */
  ledger: 20,
  /** Dated items per page of a year of the chronology; /chronology/ lists them all itself up to this many. */
  chronology: 500,
  /** Mentions an entity page shows itself; more go to its mentions/ and notes/ pages. */
  entityInline: 50,
  /** What an entity page shows of a list that has pages of its own (the first page shows them again). */
  entityPreview: 10,
  /** Mentions per page of an entity's mentions/ and notes/ pages. */
  entityList: 200,
  /** Citations an outlet's page shows with their claims; beyond that it lists its reports and each year's claims are on reports/<year>/. */
  reportsInline: 100,
} as const;

/** Whether an entity's list of mentions (or notes) has pages of its own: more than its page shows whole. */
export const hasListPages = (count: number): boolean => count > PAGE_SIZE.entityInline;

/**
 * How many of an entity's mentions (or notes) its page shows: all of them up to PAGE_SIZE.entityInline;
 * of a longer list, whose own pages list every one, the first few. With 50 of those shown, the
 * entity pages of 5,000 articles repeated 15.7 million bytes of their lists' first pages.
 */
export const shownOnEntityPage = (count: number): number => (hasListPages(count) ? PAGE_SIZE.entityPreview : count);

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
}

/** The pages of a list, `size` items each; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number, at least 1 (got ${size})`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, count, items: items.slice(index * size, (index + 1) * size) }));
}

/** Static paths (`[page].astro`) for pages 2, 3, … of a list whose first page is the list's own URL, each with its incremental-build key. */
export function laterPagePaths<T>(pages: readonly ListPage<T>[], keyOf: (page: ListPage<T>) => string): { params: { page: string }; props: { page: ListPage<T> }; cacheKey: string }[] {
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page }, cacheKey: keyOf(page) }));
}

/** The numbers to link from page `current` of `count`: the first, the last, and a window around the current one; 0 marks a gap. */
export function pageLinks(current: number, count: number, window = 2): number[] {
  const shown = new Set([1, count]);
  for (let n = current - window; n <= current + window; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, index) => (index > 0 && n - sorted[index - 1]! > 1 ? [0, n] : [n]));
}
