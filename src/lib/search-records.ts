/**
 * What the search index holds for an article: one record per paragraph of the original and one per
 * editorial note, so a hit lands on the exact paragraph or note and can be filtered by kind.
 */
import type { Mention } from './article-markup.ts';
import type { Article, Corpus } from './corpus.ts';
import { annotationUrl, articleUrl, paragraphUrl } from './permalink.ts';

/** A record for Pagefind's addHTMLFile: its URL and a small HTML document. */
export interface SearchRecord {
  url: string;
  html: string;
}

/** The page kinds offered as a search filter. */
export const SEARCH_KINDS = { paragraph: 'Article paragraph', annotation: 'Editorial note', article: 'Article', entity: 'Entity', chronology: 'Chronology' } as const;

/** The original's words count double against other text: they are what readers search the edition for. */
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

/** The search records of one article: the article itself, each paragraph, each note. */
export function articleRecords(article: Article, corpus: Corpus): SearchRecord[] {
  const title = article.meta.title;
  const outletsOf = (outlets: string[]) => [...new Set(outlets.map((slug) => corpus.entities.get(slug)!.data.name))];
  return [
    {
      url: articleUrl(article.slug),
      html: recordHtml(title, SEARCH_KINDS.article, { outlet: outletsOf(article.paragraphs.flatMap((p) => p.citations.map((c) => c.outlet))) }, { article: title }, `<p>${escapeHtml(article.meta.summary)}</p>`),
    },
    ...article.paragraphs.map((paragraph) => ({
      url: paragraphUrl(article.slug, paragraph.n),
      html: recordHtml(
        `${title}, paragraph ${paragraph.n}`,
        SEARCH_KINDS.paragraph,
        { outlet: outletsOf(paragraph.citations.map((c) => c.outlet)) },
        { article: title, paragraph: String(paragraph.n) },
        proseHtml(paragraph.text, paragraph.mentions, corpus, ORIGINAL_WEIGHT),
      ),
    })),
    ...article.annotations.map((annotation) => ({
      url: annotationUrl(article.slug, annotation.id),
      html: recordHtml(
        annotation.title,
        SEARCH_KINDS.annotation,
        {},
        { article: title, paragraph: String(annotation.paragraph), note: annotation.kind },
        proseHtml(annotation.text, annotation.mentions, corpus, 1),
      ),
    })),
  ];
}
