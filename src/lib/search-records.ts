/**
 * What the search index holds for an article: one record with a section per paragraph of the
 * original and per editorial note, so a hit lands on the exact paragraph or note.
 */
import type { Mention } from './article-markup.ts';
import type { Article, Corpus } from './corpus.ts';
import { articleUrl, paragraphAnchor } from './permalink.ts';
import { paragraphTitle, type NoteKinds } from './search-results.ts';

/** A record for Pagefind's addHTMLFile: its URL and a small HTML document. */
export interface SearchRecord {
  url: string;
  html: string;
}

/** The original's words count four times against other text: they are what readers search the edition for. */
const ORIGINAL_WEIGHT = 4;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The prose as paragraphs, then the other spellings of the entities it names, so that a search for
 * any variant finds it; the excerpt shows them ("Also written: …") only when a variant matched.
 */
function proseHtml(text: string, mentions: readonly Mention[], corpus: Corpus, weight: number): string {
  const lower = text.toLowerCase();
  const otherNames = [...new Set(mentions.map((mention) => mention.entity))]
    .flatMap((slug) => {
      const entity = corpus.entities.get(slug)!.data;
      return [entity.name, ...entity.variants];
    })
    .filter((name, index, all) => all.indexOf(name) === index && !lower.includes(name.toLowerCase()));
  const paragraphs = text.split('\n\n').map((block) => `<p data-pagefind-weight="${weight}">${escapeHtml(block)}</p>`).join('');
  return otherNames.length ? `${paragraphs}<p>Also written: ${escapeHtml(otherNames.join(', '))}</p>` : paragraphs;
}

/** One record as a complete HTML document, with its title, kind and filters as Pagefind attributes. */
function recordHtml(title: string, kind: string, filters: Record<string, string[]>, meta: Record<string, string>, body: string): string {
  const filterTags = Object.entries(filters).flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${name}">${escapeHtml(value)}</span>`));
  const metaTags = Object.entries(meta).map(([name, value]) => `<span data-pagefind-meta="${name}">${escapeHtml(value)}</span>`);
  return `<html lang="en"><body><main data-pagefind-body><h1 data-pagefind-meta="title">${escapeHtml(title)}</h1>${body}<div data-pagefind-ignore hidden><span data-pagefind-filter="kind">${escapeHtml(kind)}</span>${filterTags.join('')}${metaTags.join('')}</div></main></body></html>`;
}

/**
 * The search record of one article: a single Pagefind page, so that the index grows with the number
 * of articles rather than of paragraphs and notes (each Pagefind page costs bytes in the metadata
 * every search loads first). Each paragraph and note is a titled section with its permanent anchor
 * id, which Pagefind returns as a sub-result: a hit still lands on the exact paragraph or note.
 * The kind of each note travels in the `notes` metadata (see search-results.ts).
 */
export function articleRecord(article: Article, corpus: Corpus): SearchRecord {
  const title = article.meta.title;
  const outlets = [...new Set(article.paragraphs.flatMap((p) => p.citations.map((c) => corpus.entities.get(c.outlet)!.data.name)))];
  const section = (id: string, sectionTitle: string, body: string) =>
    `<section id="${id}" data-pagefind-title="${escapeHtml(sectionTitle)}">${body}</section>`;
  const sections = article.paragraphs.flatMap((paragraph) => [
    section(paragraphAnchor(paragraph.n), paragraphTitle(title, paragraph.n), proseHtml(paragraph.text, paragraph.mentions, corpus, ORIGINAL_WEIGHT)),
    ...article.annotations
      .filter((annotation) => annotation.paragraph === paragraph.n)
      // A note's title is searchable (a heading, weighted as Pagefind weights headings): it says what the note is about.
      .map((annotation) => section(annotation.id, annotation.title, `<h3>${escapeHtml(annotation.title)}</h3>${proseHtml(annotation.text, annotation.mentions, corpus, 1)}`)),
  ]);
  const notes: NoteKinds = Object.fromEntries(article.annotations.map((annotation) => [annotation.id, annotation.kind]));
  return {
    url: articleUrl(article.slug),
    html: recordHtml(title, 'Article', { outlet: outlets }, { article: title, notes: JSON.stringify(notes) }, `<p>${escapeHtml(article.meta.summary)}</p>${sections.join('')}`),
  };
}
