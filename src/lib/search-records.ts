/**
 * What the search index holds, made from the corpus rather than read back from the built pages:
 * for an article, one record with a section per paragraph of the original and per editorial note,
 * so a hit lands on the exact paragraph or note; for an entity, what its page says of it (not the
 * lists of where the edition names it); for the chronology on one page, its dated items by year.
 */
import { escape } from 'html-escaper';
import { byYear } from './archive-order.ts';
import type { Mention } from './article-markup.ts';
import { VOICE_LABELS, chronologyYears, type ChronologyItem } from './chronology.ts';
import type { Article, Corpus, EntityInput } from './corpus.ts';
import { dateSpan, longDate } from './dates.ts';
import { cacheKey, keptArticleKey, linkedEntities } from './page-keys.ts';
import { PAGE_SIZE } from './pagination.ts';
import { articleUrl, chronologyUrl, chronologyYearAnchor, entityUrl, paragraphAnchor, reportAnchor } from './permalink.ts';
import { CONJECTURED_LABEL, spellingsOf, type Entity, type Reference } from './schema.ts';
import { paragraphTitle, type NoteKinds } from './search-results.ts';

/** A record for Pagefind's addHTMLFile: its URL and a small HTML document. */
export interface SearchRecord {
  url: string;
  html: string;
}

/** The original's words count four times against other text: they are what readers search the edition for. */
const ORIGINAL_WEIGHT = 4;


/**
 * The prose as paragraphs, then the other spellings of the entities it names, so that a search for
 * any variant finds it; the excerpt shows them ("Also written: …") only when a variant matched.
 */
function proseHtml(text: string, mentions: readonly Mention[], corpus: Corpus, weight: number): string {
  const lower = text.toLowerCase();
  const otherNames = [...new Set(mentions.map((mention) => mention.entity))]
    .flatMap((slug) => spellingsOf(corpus.entities.get(slug)!.data))
    .filter((name, index, all) => all.indexOf(name) === index && !lower.includes(name.toLowerCase()));
  const paragraphs = text.split('\n\n').map((block) => `<p data-pagefind-weight="${weight}">${escape(block)}</p>`).join('');
  return otherNames.length ? `${paragraphs}<p>Also written: ${escape(otherNames.join(', '))}</p>` : paragraphs;
}

/** One record as a complete HTML document, with its title, kind and filters as Pagefind attributes. */
function recordHtml(title: string, kind: string, filters: Record<string, string[]>, meta: Record<string, string>, body: string): string {
  const filterTags = Object.entries(filters).flatMap(([name, values]) => values.map((value) => `<span data-pagefind-filter="${name}">${escape(value)}</span>`));
  const metaTags = Object.entries(meta).map(([name, value]) => `<span data-pagefind-meta="${name}">${escape(value)}</span>`);
  return `<html lang="en"><body><main data-pagefind-body><h1 data-pagefind-meta="title">${escape(title)}</h1>${body}<div data-pagefind-ignore hidden><span data-pagefind-filter="kind">${escape(kind)}</span>${filterTags.join('')}${metaTags.join('')}</div></main></body></html>`;
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
    `<section id="${id}" data-pagefind-title="${escape(sectionTitle)}">${body}</section>`;
  // The original's paragraphs, then the notes: each section stands on its own (a hit is ranked by its
  // words and lands on its anchor, wherever it sits in the record), and Pagefind writes a marker in a
  // word's positions wherever their weight changes, so grouping the weights keeps the index smaller.
  // At 5,000 articles, a cold search for “border” fetched 328.1 KB against 337.8 KB in reading order.
  const sections = [
    ...article.paragraphs.map((paragraph) =>
      section(paragraphAnchor(paragraph.n), paragraphTitle(title, paragraph.n), proseHtml(paragraph.text, paragraph.mentions, corpus, ORIGINAL_WEIGHT)),
    ),
    // A note's title is searchable (a heading, weighted as Pagefind weights headings): it says what the note is about.
    ...article.annotations.map((annotation) => section(annotation.id, annotation.title, `<h3>${escape(annotation.title)}</h3>${proseHtml(annotation.text, annotation.mentions, corpus, 1)}`)),
  ];
  const notes: NoteKinds = Object.fromEntries(article.annotations.map((annotation) => [annotation.id, annotation.kind]));
  return {
    url: articleUrl(article.slug),
    html: recordHtml(title, 'Article', { outlet: outlets }, { article: title, notes: JSON.stringify(notes) }, `<p>${escape(article.meta.summary)}</p>${sections.join('')}`),
  };
}

/**
 * What an article's record is made from, as a key (page-keys.ts): the article, and every spelling
 * of each entity it links (the record lists the other spellings of those it names, and its
 * outlets' names). A rebuild compares records by their keys instead of making every record to hash
 * it: making them took 1.2 s of a rebuild at 5,000 articles where one record had changed. And the
 * key itself is kept between builds (page-keys.ts, keptArticleKey): 0.40 s of a rebuild made anew.
 */
export const articleRecordKey = (article: Article, corpus: Corpus): string =>
  keptArticleKey(corpus, 'search record', article, () => cacheKey(corpus, article, [...new Set(linkedEntities(article))].sort().map((slug) => spellingsOf(corpus.entities.get(slug)!.data))));

/** The references that support a statement, as the page lists them after it: "[title] [title]". */
const refsText = (refs: readonly Reference[]): string => refs.map((ref) => ` [${escape(ref.title)}]`).join('');

/** A part of a page with a heading that has an id: Pagefind returns it as a sub-result at that anchor. */
const headed = (id: string, heading: string, body: string, level = 2): string => `<section><h${level} id="${id}">${escape(heading)}</h${level}>${body}</section>`;

const list = (items: readonly string[]): string => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

/**
 * An outlet's cited reports as its page lists them: each under its own heading (#YYYY-MM-DD) with
 * its note and the paragraphs that cite it, or, for an outlet cited more often than a page shows,
 * an index by year with one line per report (the claims are not indexed either way).
 */
function reportsHtml(entity: Entity, slug: string, corpus: Corpus): string {
  const reports = corpus.reportsOf(slug);
  const citationCount = reports.reduce((sum, report) => sum + report.citations.length, 0);
  if (citationCount <= PAGE_SIZE.reportsInline) {
    return reports
      .map((report) => {
        const citedIn = report.citations.map(({ article, paragraph }) => `Cited in ${escape(paragraphTitle(article.meta.title, paragraph.n))}`);
        const body = `${report.note ? `<p>${escape(report.note)}</p>` : ''}${citedIn.length ? list(citedIn) : ''}`;
        return headed(reportAnchor(report.date), `${entity.name}, ${longDate(report.date)}`, body, 3);
      })
      .join('');
  }
  const years = byYear(reports, (report) => report.date).map(({ year, items }) => {
    const lines = items.map((report) => `<li id="${reportAnchor(report.date)}">${escape(`${entity.name}, ${longDate(report.date)}`)}: cited ${report.citations.length} ${report.citations.length === 1 ? 'time' : 'times'}</li>`);
    return `<h3>${year}</h3><ul>${lines.join('')}</ul>`;
  });
  return `<p>${reports.length} reports, cited ${citationCount} times.</p>${years.join('')}`;
}

/**
 * The search record of an entity: what its page (entities/[slug].astro) says of it, in the same
 * sections under the same anchors (#about, #facts, #uncertain, #reports, #identifiers, and an
 * outlet's reports at #YYYY-MM-DD), with its name as title, its type as filter and every variant
 * of its name searchable. Where the edition names it, its relations, citation formats and the
 * claims its reports are cited for are the pages of other records, and are left out.
 */
export function entityRecord({ slug, data: entity }: EntityInput, corpus: Corpus): SearchRecord {
  const facts = (items: Entity['facts']) => list(items.map((fact) => `${escape(fact.text)}${refsText(fact.refs)}`));
  const about = [
    ...entity.description.split(/\n\s*\n/).map((text) => `<p>${escape(text)}</p>`),
    ...entity.dates.map((date) => `<p>${escape(date.label)}: ${escape(date.value)}${refsText(date.refs)}</p>`),
  ];
  const identifiers = entity.identifiers.map((id) => `<p>${id.scheme === 'wikidata' ? 'Wikidata' : 'Website'}: ${escape(id.value)}${refsText(id.refs)}</p>`);
  const body = [
    `<p>${escape(entity.kind ? `${entity.type} · ${entity.kind}` : entity.type)}</p>`,
    entity.variants.length ? `<p>Also written: ${escape(entity.variants.join(', '))}</p>` : '',
    entity.conjectured.length ? `<p>${CONJECTURED_LABEL}: ${escape(entity.conjectured.map(({ name, note }) => `${name} (${note})`).join('; '))}</p>` : '',
    `<p>${escape(entity.summary)}</p>`,
    headed('about', 'About', about.join('')),
    entity.facts.length ? headed('facts', 'Facts and sources', facts(entity.facts)) : '',
    entity.uncertain.length ? headed('uncertain', 'Uncertain or disputed', facts(entity.uncertain)) : '',
    entity.reports.length ? headed('reports', 'Reports cited', reportsHtml(entity, slug, corpus)) : '',
    identifiers.length ? headed('identifiers', 'Identifiers', identifiers.join('')) : '',
  ];
  return { url: entityUrl(slug), html: recordHtml(entity.name, 'Entity', { type: [entity.type] }, {}, body.join('')) };
}

/** What an entity's record is made from, as a key: the entity, and the title and paragraph of each citation of its reports. */
export const entityRecordKey = (entity: EntityInput, corpus: Corpus): string =>
  cacheKey(corpus, entity, corpus.reportsOf(entity.slug).map((report) => report.citations.map(({ article, paragraph }) => [article.meta.title, paragraph.n])));

/**
 * The search record of the chronology when one page lists it all (chronology.astro): each dated
 * item under its year's heading (#y<year>), with its date in words, its sentence (with the names
 * as they stand in it), and where it is told.
 */
export function chronologyRecord(items: readonly ChronologyItem[]): SearchRecord {
  const years = chronologyYears(items).map(({ year, items: ofYear }) =>
    headed(
      chronologyYearAnchor(year),
      year,
      list(ofYear.map((item) => `<p>${escape(`${dateSpan(item.date, item.until)} ${item.text}`)}</p><p>${escape(`${VOICE_LABELS[item.voice]}, ${item.article.meta.title}, ${item.place}`)}</p>`)),
    ),
  );
  return { url: chronologyUrl, html: recordHtml('Chronology', 'Chronology', {}, {}, years.join('')) };
}
