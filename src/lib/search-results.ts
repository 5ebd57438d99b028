/** How a search hit is described to the reader: what kind of page it is, and where. Pure, for the search UI. */

/** The part of a Pagefind result's data the UI shows. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface HitView {
  url: string;
  title: string;
  /** "Article paragraph", "Editorial note", "Entity · person" … */
  label: string;
  /** Where it stands: "Tajikistan Diversifies Its Security Assistance, paragraph 2". */
  context: string | undefined;
  /** Pagefind's excerpt: escaped text with <mark> around the matched words. */
  excerpt: string;
}

const NOTE_KINDS: Record<string, string> = { context: 'context', analysis: 'analysis', aftermath: 'aftermath', textual: 'textual note' };

/** Describes one hit for the results list. */
export function describeHit(hit: SearchHit): HitView {
  const kind = hit.filters['kind']?.[0] ?? 'Page';
  const type = hit.filters['type']?.[0];
  const { article, paragraph, note, title } = hit.meta;
  const label = type ? `${kind} · ${type}` : note ? `${kind} · ${NOTE_KINDS[note] ?? note}` : kind;
  const place = article && paragraph ? `${article}, paragraph ${paragraph}` : article;
  const shownTitle = title ?? hit.url;
  // A paragraph's title already says where it is.
  const context = place && place !== shownTitle ? place : undefined;
  return { url: hit.url, title: shownTitle, label, context, excerpt: hit.excerpt };
}

/** The filter groups offered, in order, with their headings. */
export const FACETS = [
  { name: 'kind', heading: 'Kind of page' },
  { name: 'type', heading: 'Entity type' },
  { name: 'outlet', heading: 'Cited outlet' },
] as const;

/** Filter values with their counts for one facet, largest first, the selected ones always kept. */
export function facetOptions(counts: Record<string, number> | undefined, selected: readonly string[]): { value: string; count: number; checked: boolean }[] {
  const entries = Object.entries(counts ?? {});
  for (const value of selected) if (!entries.some(([name]) => name === value)) entries.push([value, 0]);
  return entries
    .filter(([value, count]) => count > 0 || selected.includes(value))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ value, count, checked: selected.includes(value) }));
}
