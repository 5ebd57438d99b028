/**
 * The chronology: every date marked with <When> in an original or an annotation, and every dated
 * report the originals cite, in order. Generated from the content, so nothing is written twice.
 */
import { escape } from 'html-escaper';
import type { Mention, Prose } from './article-markup.ts';
import type { Article, Corpus } from './corpus.ts';
import { annotationUrl, paragraphUrl, reportUrl } from './permalink.ts';

export interface ChronologyItem {
  date: string;
  until: string | undefined;
  /** The sentence that carries the date, as written. */
  text: string;
  /** Whose words: the original's, the original's citation, or ours. */
  voice: 'original' | 'citation' | 'editorial';
  /** Where the sentence stands: the paragraph, the annotation, or the cited report. */
  href: string;
  /**
   * A label for that place: "paragraph 2", "note on paragraph 4". A note is named by its paragraph,
   * not its id and title, which its link leads to: 7.4 million bytes of the chronology at 5,000 articles.
   */
  place: string;
  article: Article;
  /** The entities the sentence names, each where its words stand in `text`. */
  names: Pick<Mention, 'entity' | 'start' | 'end'>[];
}

/** Whose words an item gives, as the chronology labels it. */
export const VOICE_LABELS: Record<ChronologyItem['voice'], string> = { original: 'Original', citation: 'Cited report', editorial: 'Editorial note' };

/**
 * The name of a cited outlet as its report's item shows it (undefined for an outlet the register
 * lacks): the only thing of the register that an article's items show, so page-keys.ts keeps their
 * digests under it.
 */
export const outletName = (corpus: Corpus, outlet: string): string | undefined => corpus.entities.get(outlet)?.data.name;

/** The dated items of one article, in reading order. */
export function articleChronology(corpus: Corpus, article: Article): ChronologyItem[] {
  const items: ChronologyItem[] = [];
  // Each date marked in a paragraph or note: the sentence it stands in (found when the text was read), and the entities that sentence names.
  const datedSentences = (prose: Prose, where: Pick<ChronologyItem, 'voice' | 'href' | 'place'>): ChronologyItem[] =>
    prose.dates.map(({ date, until, sentence }) => ({ date, until, text: prose.text.slice(sentence.start, sentence.end), ...where, article, names: namesWithin(prose, sentence) }));
  for (const paragraph of article.paragraphs) {
    items.push(...datedSentences(paragraph, { voice: 'original', href: paragraphUrl(article.slug, paragraph.n), place: `paragraph ${paragraph.n}` }));
    for (const citation of paragraph.citations) {
      const outlet = outletName(corpus, citation.outlet);
      items.push({
        date: citation.date,
        until: undefined,
        text: `${outlet ?? citation.outlet} report, cited for: “${citation.claim}”`,
        voice: 'citation',
        href: reportUrl(citation.outlet, citation.date),
        place: `cited in paragraph ${paragraph.n}`,
        article,
        names: outlet === undefined ? [] : [{ entity: citation.outlet, start: 0, end: outlet.length }],
      });
    }
  }
  for (const annotation of article.annotations) {
    items.push(...datedSentences(annotation, { voice: 'editorial', href: annotationUrl(article.slug, annotation.id), place: `note on paragraph ${annotation.paragraph}` }));
  }
  return items;
}

/** The chronology's order: earlier dates first. Array.prototype.sort is stable, so equal dates stay in reading order. */
export const byDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** All dated items of the corpus, earliest first; items of the same date keep reading order. */
export function buildChronology(corpus: Corpus): ChronologyItem[] {
  return corpus.articles.flatMap((article) => articleChronology(corpus, article)).sort(byDate);
}

/**
 * How many items buildChronology gives of each year, by article, counted without building them
 * (one per date marked in a paragraph or note, one per citation): years in order, each year's
 * articles in the corpus's order. What the chronology's pages and their keys need before a page
 * is rendered: a rebuild that renders none builds no item (the 368,000 items of 5,000 articles
 * took 0.5 s of every rebuild). Counted once per corpus.
 */
const counted = new WeakMap<Corpus, Map<string, Map<Article, number>>>();
export function chronologyCounts(corpus: Corpus): Map<string, Map<Article, number>> {
  const known = counted.get(corpus);
  if (known) return known;
  const years = new Map<string, Map<Article, number>>();
  const add = (date: string, article: Article) => {
    const year = date.slice(0, 4);
    let ofYear = years.get(year);
    if (!ofYear) years.set(year, (ofYear = new Map()));
    ofYear.set(article, (ofYear.get(article) ?? 0) + 1);
  };
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) {
      for (const { date } of paragraph.dates) add(date, article);
      for (const { date } of paragraph.citations) add(date, article);
    }
    for (const annotation of article.annotations) for (const { date } of annotation.dates) add(date, article);
  }
  const inOrder = new Map([...years].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  counted.set(corpus, inOrder);
  return inOrder;
}

/** How many items buildChronology gives, counted without building them. */
export const chronologyLength = (corpus: Corpus): number => sum([...chronologyCounts(corpus).values()].map(yearLength));

/** How many items a year of chronologyCounts has. */
export const yearLength = (ofYear: ReadonlyMap<Article, number>): number => sum(ofYear.values());

const sum = (counts: Iterable<number>): number => {
  let total = 0;
  for (const count of counts) total += count;
  return total;
};

/** The items of one year, from chronologyYears, grouped once per list of items. */
const grouped = new WeakMap<readonly ChronologyItem[], Map<string, ChronologyItem[]>>();
export function itemsOfYear(items: readonly ChronologyItem[], year: string): ChronologyItem[] {
  let years = grouped.get(items);
  if (!years) grouped.set(items, (years = new Map(chronologyYears(items).map((ofYear) => [ofYear.year, ofYear.items]))));
  return years.get(year) ?? [];
}

/** The items grouped by year, in order (the items are sorted, so each year is one run). */
export function chronologyYears(items: readonly ChronologyItem[]): { year: string; items: ChronologyItem[] }[] {
  const years: { year: string; items: ChronologyItem[] }[] = [];
  for (const item of items) {
    const year = item.date.slice(0, 4);
    const last = years.at(-1);
    if (last?.year === year) last.items.push(item);
    else years.push({ year, items: [item] });
  }
  return years;
}

/**
 * An item's sentence as HTML, each name marked as renderProse marks a mention (linkMarkers in
 * article-html.ts makes the marks links, as in the articles). The names are linked where they
 * stand rather than listed after the sentence: a list repeated each name, a tenth of the
 * chronology's bytes.
 */
export function markedSentence(item: Pick<ChronologyItem, 'text' | 'names'>): string {
  let html = '';
  let at = 0;
  for (const { entity, start, end } of item.names) {
    html += `${escape(item.text.slice(at, start))}<a data-mention="${escape(entity)}">${escape(item.text.slice(start, end))}</a>`;
    at = end;
  }
  return html + escape(item.text.slice(at));
}

/** The mentions within a sentence (its bounds in the text), with offsets into its text; one that runs past its end is cut there. */
function namesWithin(prose: Prose, { start: from, end: to }: { start: number; end: number }): ChronologyItem['names'] {
  return prose.mentions
    .filter((m) => m.start >= from && m.start < to)
    .map((m) => ({ entity: m.entity, start: m.start - from, end: Math.min(m.end, to) - from }));
}
