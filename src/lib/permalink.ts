/**
 * Permanent URLs. Every URL built here is published and cited; change none of these shapes.
 * (The README's URL scheme section documents them.)
 */

/** /articles/<slug>/ */
export const articleUrl = (slug: string): string => `/articles/${slug}/`;

/** The anchor id of paragraph n of an original: p1, p2, … */
export const paragraphAnchor = (n: number): string => `p${n}`;

/** /articles/<slug>/#p<n> */
export const paragraphUrl = (slug: string, n: number): string => `${articleUrl(slug)}#${paragraphAnchor(n)}`;

/**
 * What an anchor id of an article page points at: paragraph n (p<n>) or note k on it (p<n>-n<k>,
 * the id every annotation must carry); undefined for any other id.
 */
export function parseArticleAnchor(id: string): { paragraph: number; note?: number } | undefined {
  const match = /^p(\d+)(?:-n(\d+))?$/.exec(id);
  if (!match) return undefined;
  return match[2] === undefined ? { paragraph: Number(match[1]) } : { paragraph: Number(match[1]), note: Number(match[2]) };
}

/** /articles/<slug>/#p<n>-n<k>: an annotation's id is its anchor. */
export const annotationUrl = (slug: string, annotationId: string): string => `${articleUrl(slug)}#${annotationId}`;

/** The permanent page of edition n of an article, exactly as it was published. */
export const editionUrl = (slug: string, n: number): string => `${articleUrl(slug)}editions/${n}/`;

/** The record of every edition of an article and what each changed. */
export const changesUrl = (slug: string): string => `${articleUrl(slug)}changes/`;

/** An edition's entry on the changes page ("edition-2"), or one note's change in it ("edition-2-p6-n5"). */
export const changeAnchor = (edition: number, noteId?: string): string => `edition-${edition}${noteId ? `-${noteId}` : ''}`;

/** /entities/<slug>/ */
export const entityUrl = (slug: string): string => `/entities/${slug}/`;

/** A mention within a text already found (a paragraph, a note, a chronology item): a link to the register that is not a citation. */
export const MENTION = 'a[href*="/entities/"]:not(.citation)';

/**
 * The mentions on a page, for the page script and the tests (global.css styles the same): links
 * to the register in the text of the originals, the notes and the chronology, where the only other
 * such links are the original's citations. A mention has no class of its own: class="mention" on
 * each of 1,646,795 links was about 25 million bytes at 5,000 articles.
 */
export const MENTION_LINKS = `:is(.passage, .chronology) ${MENTION}`;

/** The anchor id of an outlet's dated report: the date itself, YYYY-MM-DD. */
export const reportAnchor = (date: string): string => date;

/** /entities/<outlet>/#YYYY-MM-DD */
export const reportUrl = (outlet: string, date: string): string => `${entityUrl(outlet)}#${reportAnchor(date)}`;

/** The register of all entities. */
export const registerUrl = '/entities/';

/** The search page. */
export const searchUrl = '/search/';

/** Every dated event, in order. */
export const chronologyUrl = '/chronology/';

/** Which claims rest on which cited report. */
export const sourcesUrl = '/sources/';

/**
 * Page n of a long list whose first page is `base` itself: base, base + "page/2/", … (see
 * src/lib/pagination.ts). The shape is permanent; what a given page lists moves as the archive grows.
 */
export const listPageUrl = (base: string, n: number): string => (n <= 1 ? base : `${base}page/${n}/`);

/** The home page's list of editions, page n: /, /page/2/, … */
export const homePageUrl = (n: number): string => listPageUrl('/', n);

/** The source ledger, page n: /sources/, /sources/page/2/, … */
export const sourcesPageUrl = (n: number): string => listPageUrl(sourcesUrl, n);

/** The anchor of a year on /chronology/: y2004. */
export const chronologyYearAnchor = (year: string): string => `y${year}`;

/** One year of a chronology too long for one page: /chronology/2004/, /chronology/2004/page/2/, … */
export const chronologyYearUrl = (year: string, n = 1): string => listPageUrl(`${chronologyUrl}${year}/`, n);

/** Every paragraph of the originals that names an entity, when its page cannot list them all: /entities/<slug>/mentions/, … */
export const entityMentionsUrl = (slug: string, n = 1): string => listPageUrl(`${entityUrl(slug)}mentions/`, n);

/** Every editorial note that names an entity, likewise: /entities/<slug>/notes/, … */
export const entityNotesUrl = (slug: string, n = 1): string => listPageUrl(`${entityUrl(slug)}notes/`, n);

/** An outlet's cited reports of one year, when its page cannot show them all: /entities/<outlet>/reports/2004/ (each report at #YYYY-MM-DD). */
export const entityReportsUrl = (slug: string, year: string): string => `${entityUrl(slug)}reports/${year}/`;

/** Characters that end or split a text directive's terms, so they must be escaped inside one. */
const encodeTerm = (words: string): string => encodeURIComponent(words).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * A Text Fragment link (https://wicg.github.io/scroll-to-text-fragment/) to exactly `text` at
 * `url`: browsers that support it scroll to and highlight the words; others use the #anchor.
 */
export function textFragmentUrl(url: string, text: string, wordsEachEnd = 4): string {
  const words = text.trim().split(/\s+/);
  const directive =
    words.length <= wordsEachEnd * 2
      ? encodeTerm(words.join(' '))
      : `${encodeTerm(words.slice(0, wordsEachEnd).join(' '))},${encodeTerm(words.slice(-wordsEachEnd).join(' '))}`;
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}

/**
 * The file of preview cards that holds an entity's (what a page fetches when a reader points at a
 * name): one file per first two letters of the slug, so that an archive has a few hundred such
 * files rather than one per entity, each small enough to fetch on hover. Not a published URL.
 */
export const previewsUrl = (slug: string): string => `/data/previews/${previewGroup(slug)}.json`;

/** The group of an entity's preview card: the first two characters of its slug. */
export const previewGroup = (slug: string): string => slug.slice(0, 2);

/** Where an article's citation files are: /articles/<slug>/cite/<name>.<extension> (name: article, p1, p2, …). */
export const articleCiteFileUrl = (slug: string, name: string, extension: string): string => `${articleUrl(slug)}cite/${name}.${extension}`;

/** Where an entity's citation files are: /entities/<slug>/cite.<extension>. */
export const entityCiteFileUrl = (slug: string, extension: string): string => `${entityUrl(slug)}cite.${extension}`;
