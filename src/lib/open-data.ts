/** The edition's open data: plain JSON of entities and articles, and W3C Web Annotations of the notes. */
import { articleItem, formatFile } from './cite.ts';
import { push, type Article, type Corpus, type PublishedEditionReading } from './corpus.ts';
import { citedPath } from './editions.ts';
import type { Entity } from './schema.ts';
import { articleUrl, editionUrl, entityUrl, paragraphAnchor, paragraphUrl } from './permalink.ts';

/** Absolute URLs from site paths. */
type Absolute = (path: string) => string;

/** A data file of the site: its path from the site's root, its text and its media type. */
export interface DataFile {
  path: string;
  text: string;
  mediaType: string;
}

/** Who the Web Annotations name as their creator. */
const EDITORS = 'Glossa editors';

/** Where an article's current notes are published as Web Annotations. */
const annotationsPath = (slug: string) => `/data/annotations/${slug}.jsonld`;

/**
 * An article's data files: /data/articles/<slug>.json (with its CSL-JSON record as `csl` and its
 * published `editions`), /data/annotations/<slug>.jsonld, and the CSL-JSON record alone,
 * /data/articles/<slug>.csl.json, only where that URL was published (`published`: the URL lock),
 * one file per article fewer; and each earlier edition's notes, /data/annotations/<slug>/editions/<n>.jsonld.
 * Once the current edition is published, the record and the notes give
 * its permanent address (`editions`); the locked .csl.json keeps the article URL it was published with.
 * Without indentation: they are read by programs, and at 5,000 articles the spaces were a fifth of their bytes.
 */
export function articleDataFiles(article: Article, absolute: Absolute, published: (path: string) => boolean, editions: readonly PublishedEditionReading[] = []): DataFile[] {
  const { number } = article.meta.edition;
  const cited = citedPath(article.slug, number, editions);
  const record = articleItem(article.slug, article.meta, absolute(cited));
  const cslFile = `/data/articles/${article.slug}.csl.json`;
  const annotationsFile = annotationsPath(article.slug);
  // An earlier edition's notes, as that edition had them, targeting its own page.
  const earlier = editions.filter(({ edition }) => edition.number !== number);
  const earlierFile = (n: number) => `/data/annotations/${article.slug}/editions/${n}.jsonld`;
  const listed = editions.map(({ edition }) => ({
    number: edition.number,
    date: edition.date,
    note: edition.note,
    url: absolute(editionUrl(article.slug, edition.number)),
    annotations: absolute(edition.number === number ? annotationsFile : earlierFile(edition.number)),
  }));
  const annotationFile = (path: string, of: Article, page: string): DataFile => ({
    path,
    text: JSON.stringify(webAnnotations(of, absolute, EDITORS, page)),
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  });
  return [
    { path: `/data/articles/${article.slug}.json`, text: JSON.stringify({ ...articleData(article, absolute), editions: listed, csl: record }), mediaType: 'application/json' },
    annotationFile(annotationsFile, article, cited),
    ...earlier.map(({ edition, article: reading }) => annotationFile(earlierFile(edition.number), reading, editionUrl(article.slug, edition.number))),
    ...(published(cslFile) ? [{ path: cslFile, text: formatFile(articleItem(article.slug, article.meta, absolute(articleUrl(article.slug))), 'csl'), mediaType: 'application/vnd.citationstyles.csl+json' }] : []),
  ];
}

/**
 * /data/entities.json: the register, every entity with its variants and identifiers, and the
 * address of its own file (`data`). Where the archive names an entity is in that file, not here:
 * with it, this one file grew with the archive (45 MB at 5,000 articles, over Cloudflare Pages'
 * 25 MiB limit for a file); without it, it grows with the register.
 */
export function entitiesData(corpus: Corpus, absolute: Absolute) {
  return {
    entities: [...corpus.entities.values()].map(({ slug, data }) => ({ ...entityFacts(slug, data, absolute), data: absolute(entityDataPath(slug)) })),
  };
}

/** /data/entities/<slug>.json: the entity's register entry, where the originals name it, and its cited reports. */
export function entityDataFile(corpus: Corpus, slug: string, absolute: Absolute): DataFile {
  const { data } = corpus.entities.get(slug)!;
  const record = {
    ...entityFacts(slug, data, absolute),
    mentions: mentionsByArticle(corpus, slug),
    // A report's address is the entity's with #<date>.
    reports: corpus.reportsOf(slug).map((report) => ({
      date: report.date,
      citedIn: report.citations.map(({ article, paragraph }) => absolute(paragraphUrl(article.slug, paragraph.n))),
    })),
  };
  return { path: entityDataPath(slug), text: JSON.stringify(record), mediaType: 'application/json' };
}

export const entityDataPath = (slug: string) => `/data/entities/${slug}.json`;

/** What the register says of an entity, in both its files. */
function entityFacts(slug: string, data: Entity, absolute: Absolute) {
  return {
    id: slug,
    url: absolute(entityUrl(slug)),
    type: data.type,
    name: data.name,
    variants: data.variants,
    conjectured: data.conjectured,
    summary: data.summary,
    identifiers: data.identifiers.map(({ scheme, value }) => ({ scheme, value })),
    related: data.related,
  };
}

/**
 * Where the originals name an entity, by article, earliest first: each article once, by its slug
 * (its page is /articles/<slug>/, its data /data/articles/<slug>.json), then the numbers of its
 * paragraphs that name it, in reading order; a paragraph's URL is the article's with #p<n>. The words
 * each mention uses are in the article's JSON, with the mention's offsets: each file holds what the
 * other does not. At 5,000 articles, the article's URL beside its slug was 13.0 million bytes of the
 * entities' files and the words (mostly the entity's own name) 10.1 million; one entry per
 * paragraph, each with its own URL, had been 88% of entities.json's bytes.
 */
function mentionsByArticle(corpus: Corpus, slug: string) {
  const byArticle = new Map<Article, number[]>();
  for (const { article, paragraph } of corpus.mentionedIn(slug)) push(byArticle, article, paragraph.n);
  return [...byArticle].map(([article, paragraphs]) => ({ article: article.slug, paragraphs }));
}

/**
 * /data/articles/<slug>.json: the original's paragraphs with their marks, and the editorial notes
 * with their references. A paragraph's address is the article's `url` with #p<n>, a note's with
 * #<id>: written out for each, they were an eighth of the file. A mark (a mention, a citation, a
 * date) gives its words by their place in the paragraph's text (`text.slice(start, end)`), and a
 * citation's report is its outlet's entity page at #<date>: the words and the report's URL written
 * out as well were 16 million bytes at 5,000 articles, for what the file already says. A note's words are in its Web
 * Annotation (`webAnnotations`, the item whose id ends in #<id>), as the paragraphs' words are
 * here and not there: each file holds what the other does not, and nothing twice (written in both,
 * the notes’ words were 50 MB of the site at 5,000 articles).
 */
export function articleData(article: Article, absolute: Absolute) {
  return {
    id: article.slug,
    url: absolute(articleUrl(article.slug)),
    webAnnotations: absolute(annotationsPath(article.slug)),
    ...article.meta,
    paragraphs: article.paragraphs.map((paragraph) => ({
      n: paragraph.n,
      text: paragraph.text,
      mentions: paragraph.mentions.map(({ entity, start, end }) => ({ entity, start, end })),
      citations: paragraph.citations.map(({ outlet, date, start, end, claim }) => ({ outlet, date, start, end, claim })),
      dates: paragraph.dates.map(({ date, until, start, end }) => ({ date, until, start, end })),
    })),
    annotations: article.annotations.map((annotation) => ({
      id: annotation.id,
      paragraph: annotation.paragraph,
      kind: annotation.kind,
      title: annotation.title,
      references: [...new Set(annotation.footnoteRefs.map((ref) => ref.label))].map((label) => article.footnoteDefinitions[label] ?? ''),
    })),
  };
}

/**
 * /data/annotations/<slug>.jsonld: the notes as a W3C Web Annotation collection
 * (https://www.w3.org/TR/annotation-model/), each targeting its paragraph of the original by its
 * URL on `page`, the article's or an edition's, with the paragraph's fragment (#pN): an edition's
 * page never changes and its paragraph anchors are locked (urls.lock.json), so that URL is a
 * complete target. A TextQuoteSelector copied the paragraph into every note on it (three times a
 * paragraph, on average): at 5,000 articles, some 90 MB of the site's bytes, for words
 * /data/articles/<slug>.json already gives. The same target as a FragmentSelector on the page
 * (§4.2.1 of the model) was 17.5 million bytes more, and a context on each annotation as well as on
 * the collection 6.8 million: the items of an AnnotationPage share its context, as in the
 * Web Annotation Protocol's examples (https://www.w3.org/TR/annotation-protocol/).
 */
export function webAnnotations(article: Article, absolute: Absolute, editors: string, page = articleUrl(article.slug)) {
  const source = absolute(page);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: absolute(annotationsPath(article.slug)),
    type: 'AnnotationCollection',
    label: `Editorial notes on “${article.meta.title}”`,
    total: article.annotations.length,
    first: {
      type: 'AnnotationPage',
      items: article.annotations.map((annotation) => {
        return {
          id: `${source}#${annotation.id}`,
          type: 'Annotation',
          motivation: annotation.kind === 'textual' ? 'editing' : 'commenting',
          // The model requires a date-time (xsd:dateTime); an edition is dated by day: its start, in UTC.
          created: `${article.meta.edition.date}T00:00:00Z`,
          creator: { type: 'Organization', name: editors },
          body: { type: 'TextualBody', value: `${annotation.title}\n\n${annotation.text}`, format: 'text/plain', language: 'en' },
          target: `${source}#${paragraphAnchor(annotation.paragraph)}`,
        };
      }),
    },
  };
}

/** An entity's preview card: the little it needs, fetched (with others, /data/previews/<group>.json) when a reader points at a name. */
export function entityPreview({ slug, data }: { slug: string; data: Entity }) {
  return {
    name: data.name,
    type: data.type,
    ...(data.kind ? { kind: data.kind } : {}),
    summary: data.summary,
    url: entityUrl(slug),
    reports: Object.fromEntries(data.reports.map((report) => [report.date, report.note])),
  };
}
