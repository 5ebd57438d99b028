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

/** All dated items of the corpus, earliest first; items of the same date keep reading order. */
export function buildChronology(corpus: Corpus): ChronologyItem[] {
  const items: ChronologyItem[] = [];
  for (const article of corpus.articles) {
    // Each date marked in a paragraph or note: the sentence it stands in (found when the text was read), and the entities that sentence names.
    const datedSentences = (prose: Prose, where: Pick<ChronologyItem, 'voice' | 'href' | 'place'>): ChronologyItem[] =>
      prose.dates.map(({ date, until, sentence }) => ({ date, until, text: prose.text.slice(sentence.start, sentence.end), ...where, article, names: namesWithin(prose, sentence) }));
    for (const paragraph of article.paragraphs) {
      items.push(...datedSentences(paragraph, { voice: 'original', href: paragraphUrl(article.slug, paragraph.n), place: `paragraph ${paragraph.n}` }));
      for (const citation of paragraph.citations) {
        const outlet = corpus.entities.get(citation.outlet)?.data.name;
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
  }
  // Array.prototype.sort is stable, so equal dates stay in reading order.
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * How many items buildChronology gives, counted without building them (one per date marked in a
 * paragraph or note, one per citation): whether the chronology fits on one page is known for the
 * cost of a walk over the corpus.
 */
export function chronologyLength(corpus: Corpus): number {
  let count = 0;
  for (const article of corpus.articles) {
    for (const paragraph of article.paragraphs) count += paragraph.dates.length + paragraph.citations.length;
    for (const annotation of article.annotations) count += annotation.dates.length;
  }
  return count;
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
