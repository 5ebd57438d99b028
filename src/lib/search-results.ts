/** How search hits are described to the reader: what kind of passage, and where. Pure, for the search UI. */
import { noteKindLabel } from './note-kinds.ts';
import { parseArticleAnchor } from './permalink.ts';

/** A section of a page that matched: Pagefind's sub-result. */
export interface SearchSection {
  title: string;
  url: string;
  excerpt: string;
  /** Present when the section starts at an element with an id (a paragraph or note of an article). */
  anchor?: { id: string; location: number };
  weighted_locations: { weight: number; balanced_score: number }[];
}

/** The part of a Pagefind result's data the UI shows. */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: SearchSection[];
  /** Every element with an id on the page, at its word position. */
  anchors?: { id: string; location: number }[];
  word_count?: number;
}

/** An article record's `notes` metadata: note anchor id → kind of note (search-records.ts). */
export type NoteKinds = Record<string, string>;

export interface HitView {
  url: string;
  title: string;
  /** "Article paragraph", "Editorial note · context", "Entity · person" … */
  label: string;
  /** Where it stands: "Tajikistan Diversifies Its Security Assistance, paragraph 2". */
  context: string | undefined;
  /** Pagefind's excerpt: escaped text with <mark> around the matched words. */
  excerpt: string;
}

/** How many passages of one article are listed before the next page's. */
export const SECTIONS_PER_PAGE = 2;

/** A paragraph's title in the index and in the results. */
export const paragraphTitle = (articleTitle: string, n: number): string => `${articleTitle}, paragraph ${n}`;

/**
 * How well a section of an article matches: Pagefind's word scores, normalised by the section's
 * length as BM25 normalises a page's, so a short note about the words outranks a long paragraph
 * that mentions them in passing.
 */
function sectionScorer(hit: SearchHit): (section: SearchSection) => number {
  const starts = [...new Set([0, ...(hit.anchors ?? []).map((anchor) => anchor.location)])].sort((a, b) => a - b);
  const end = hit.word_count ?? starts.at(-1)! + 1;
  const lengthOf = (start: number) => Math.max(1, (starts.find((location) => location > start) ?? end) - start);
  const averageLength = end / starts.length;
  return (section) => {
    // Pagefind squares a word's weight in its score, so the original's words count 16 times a note's; within one
    // article that lets any word of the original outweigh a whole note about the query. Dividing once leaves 4.
    const words = section.weighted_locations.reduce((sum, location) => sum + location.balanced_score / location.weight, 0);
    return words / (1 - LENGTH_NORMALISATION + (LENGTH_NORMALISATION * lengthOf(section.anchor?.location ?? 0)) / averageLength);
  };
}

const LENGTH_NORMALISATION = 0.75;

/**
 * The passages one result contributes: for an article, its best-matching paragraphs and notes
 * (anchors p<N> and p<N>-n<K>) or the article itself when only its title or summary matched;
 * any other page is one passage.
 */
export function describeHit(hit: SearchHit): HitView[] {
  const { article, notes, title } = hit.meta;
  const kind = hit.filters['kind']?.[0] ?? 'Page';
  if (!article || !notes || !hit.sub_results?.length) {
    const type = hit.filters['type']?.[0];
    return [{ url: hit.url, title: title ?? hit.url, label: type ? `${kind} · ${type}` : kind, context: undefined, excerpt: hit.excerpt }];
  }
  const noteKinds = JSON.parse(notes) as NoteKinds;
  const score = sectionScorer(hit);
  return [...hit.sub_results]
    .sort((a, b) => score(b) - score(a))
    .slice(0, SECTIONS_PER_PAGE)
    .map((section) => {
      const id = section.anchor?.id;
      const anchor = id === undefined ? undefined : parseArticleAnchor(id);
      const view = { url: section.url, title: section.title, excerpt: section.excerpt };
      if (anchor?.note !== undefined) {
        const noteKind = noteKinds[id!];
        // A kind this code does not know (an index written by other code) is shown as the index names it.
        const label = noteKind ? `Editorial note · ${noteKindLabel(noteKind)?.toLowerCase() ?? noteKind}` : 'Editorial note';
        return { ...view, label, context: paragraphTitle(article, anchor.paragraph) };
      }
      if (anchor) return { ...view, label: 'Article paragraph', context: undefined };
      return { ...view, title: article, label: kind, context: undefined };
    });
}

/** The words Pagefind marked in a hit's excerpts (the page's and its sections'). */
export const markedWords = (hit: Pick<SearchHit, 'excerpt' | 'sub_results'>): string[] =>
  [hit.excerpt, ...(hit.sub_results ?? []).map((section) => section.excerpt)].flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!));

/** A word as the index compares it: lower case, letters and digits only. */
const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a hit matched only through Pagefind's fallback for a word the index lacks, which
 * searches the word's longest prefix that the index has (Pagefind PR #315): "chromodynamics"
 * finds the "c" of "c. 22–23 September". A prefix of one or two letters matches nothing the
 * reader meant, so such a hit is dropped unless the query itself has a word that short.
 */
export function matchedOnlyByShortPrefix(hit: Pick<SearchHit, 'excerpt' | 'sub_results'>, term: string): boolean {
  const marked = markedWords(hit).map(bare);
  const typed = term.split(/\s+/).map(bare).filter(Boolean);
  return marked.length > 0 && marked.every((word) => word.length <= 2) && typed.every((word) => word.length > 2);
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
