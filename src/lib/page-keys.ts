/**
 * Cache keys for incremental builds (Astro's experimental.incrementalBuild): a page whose key and
 * code are unchanged since the last build is kept from it instead of being rendered again.
 * A key must change whenever anything the page shows changes, so each is a hash of the page's
 * inputs from the corpus: the articles and entities it is made from, by a digest of their whole
 * reading, or, where a page shows a little of many articles (the register's lists, the
 * chronology), what it shows of each; and what else it shows of other entities (their names and
 * types). Erring on the side of a new key costs a render; a key that misses an input would publish a stale page, which the
 * incremental-build test (tests/build/incremental.test.ts) guards against.
 */
import { createHash } from 'node:crypto';
import { articleChronology, byDate, itemsOfYear, outletName, yearLength, type ChronologyItem } from './chronology.ts';
import { groupBy, type Article, type Corpus, type EntityInput, type MentionSite, type PublishedEditionReading } from './corpus.ts';
import { remembered } from './content-cache.ts';
import { paginate, shownOnEntityPage, type ListPage } from './pagination.ts';
import { spellingsOf } from './schema.ts';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64url');

/**
 * A digest of rows of plain values (what a page shows of each of its items), each field written
 * with its length so that no two lists of rows read alike, and fed to the hash row by row rather
 * than written out as JSON first (when the chronology's page keys hashed all 368,000 items of 5,000
 * articles on every build, 1.68 s of CPU so, 1.91 s through JSON; one string a page, or chunks of
 * 8 KB, were slower still: 2.24–2.36 s).
 */
function rowsDigest(rows: Iterable<readonly (string | number | undefined)[]>): string {
  const hash = createHash('sha1');
  for (const row of rows) {
    let line = `${row.length}|`;
    for (const value of row) {
      const text = value === undefined ? '' : String(value);
      line += `${text.length}:${text}`;
    }
    hash.update(line);
  }
  return hash.digest('base64url');
}

/** Maps (an article's footnote definitions) as their entries, so that JSON sees what they hold. */
const withMaps = (_key: string, value: unknown): unknown => (value instanceof Map ? [...value] : value);

/**
 * Each reading's digest, by the object the corpus holds. On globalThis, as the corpus itself is
 * (content-files.ts): the corpus is read by the config's modules and keyed by the pages' bundle,
 * which has its own copy of this module.
 */
const digests = ((globalThis as Record<symbol, unknown>)[Symbol.for('glossa.readingDigests')] ??= new WeakMap()) as WeakMap<object, string>;

/**
 * Marks `value` as the reading kept under the content cache's `key` (content-files.ts) with only
 * its slug and file added, or what follows from them: its digest is then made from the key, which
 * stands for the code and the file's text, instead of from its whole model.
 */
export function readFromCache<T extends Article | EntityInput>(value: T, key: string): T {
  digests.set(value, sha1(`${key}\0${value.slug}\0${value.file}`));
  return value;
}

/** A digest of an article's or entity's whole reading: its cache key's (readFromCache), else its model's, worked out once per reading. */
function digestOf(value: Article | EntityInput): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = sha1(JSON.stringify(value, withMaps));
    digests.set(value, digest);
  }
  return digest;
}

/**
 * The key of a page made from `inputs`: any JSON-like values, in which the corpus's own articles
 * and entities stand for their digests (so a key does not restate an article, and is quick to make).
 */
export function cacheKey(corpus: Corpus, ...inputs: unknown[]): string {
  return sha1(
    JSON.stringify(inputs, (key, value: unknown) => {
      if (value !== null && typeof value === 'object' && 'slug' in value && typeof value.slug === 'string') {
        if (corpus.article(value.slug) === value || corpus.entities.get(value.slug) === value) return digestOf(value as Article | EntityInput);
      }
      return withMaps(key, value);
    }),
  );
}

/**
 * Keys kept between builds under a digest of everything they are made from (`inputs`): the
 * digests of the readings they follow from, and what else they name. When the inputs are the
 * last build's, so are the keys, which are then not made again: making them walks every row a
 * page shows (the register's lists, the chronology) or every entity an article links, and a
 * rebuild after one edit made every key of the archive. In a rebuild's CPU profile at 5,000
 * articles the lists' keys took 1.2 s, the chronology's 1.15 s, the articles' 0.48 s; kept so,
 * 0.24, 0.15 and under 0.12 s where none of their inputs had changed. Kept in the build's memo
 * (content-cache.ts, `remembered`); without one (the tests), made.
 */
function keptKeys(inputs: string, count: number, make: () => string[]): string[] {
  const keys = JSON.parse(remembered(`page keys\0${inputs}`, () => JSON.stringify(make()))) as string[];
  if (keys.length !== count) throw new Error(`The page keys kept under ${inputs} are ${keys.length}, for ${count} pages: empty the cache folder and build again.`);
  return keys;
}

/**
 * What the archive's pages show of any entity they link: its slug, type and every spelling (its
 * name first). Digested once per corpus: a key kept under it is made again when any entity is
 * renamed, retyped or spelt anew, not when its other words change.
 */
const namesDigests = new WeakMap<Corpus, string>();
function namesDigest(corpus: Corpus): string {
  let digest = namesDigests.get(corpus);
  if (digest === undefined) namesDigests.set(corpus, (digest = rowsDigest([...corpus.entities.values()].map(({ slug, data }) => [slug, data.type, ...spellingsOf(data)]))));
  return digest;
}

/** What a link to an entity shows besides its URL: its name and type (article-html.ts). */
export const entityLabels = (corpus: Corpus, slugs: Iterable<string>): [string, string, string][] =>
  [...new Set(slugs)].sort().map((slug) => {
    const { name, type } = corpus.entities.get(slug)!.data;
    return [slug, name, type];
  });

/** Every entity an article links to: named in its text or notes, cited, its publication and publisher. */
export function linkedEntities(article: Article): string[] {
  return [
    article.meta.publication.entity,
    article.meta.publisher.entity,
    ...article.paragraphs.flatMap((paragraph) => [...paragraph.mentions.map((mention) => mention.entity), ...paragraph.citations.map((citation) => citation.outlet)]),
    ...article.annotations.flatMap((annotation) => annotation.mentions.map((mention) => mention.entity)),
  ];
}

/** The key of a page of the source ledger: its articles, and each cited outlet with its country (named in the table). */
export function ledgerKey(corpus: Corpus, page: { number: number; count: number; items: readonly Article[] }): string {
  const outlets = new Set(page.items.flatMap((article) => article.paragraphs.flatMap((paragraph) => paragraph.citations.map((citation) => citation.outlet))));
  const countries = [...outlets].flatMap((slug) => corpus.entities.get(slug)!.data.outlet?.country ?? []);
  return cacheKey(corpus, page.number, page.count, page.items, entityLabels(corpus, countries), [...outlets].sort().map((slug) => corpus.entities.get(slug)!));
}

/**
 * The key of a page of the chronology: its place, what each item shows (ChronologyItems.astro),
 * and the names and types of the entities the items name. By what the items show rather than by
 * their articles' readings: an article's items are on dozens of pages, and keyed by its reading,
 * an edit of a sentence without a date rendered them all again (52 pages, 2.0 s at 5,000 articles).
 */
const chronologyPageKey = (corpus: Corpus, chronology: readonly ChronologyItem[], year: string, page: ListPage<ChronologyItem>): string => {
  const digests = itemDigests(corpus, chronology);
  return cacheKey(corpus, year, page.number, page.count, sha1(page.items.map((item) => digests.get(item)!).join('')), entityLabels(corpus, page.items.flatMap((item) => item.names.map((name) => name.entity))));
};

/**
 * The keys of a year's pages of the chronology (chronologyPageKey), kept under what decides them:
 * what the items of each article with items that year show (articleItemDigests), in the corpus's order,
 * and the entities' names and types (the pages link the names). By what the items show rather
 * than by the articles' readings: keyed by the readings, an edit anywhere in an article made the
 * keys of every year it has items in again, which built every item of the archive (the first
 * rebuild after an annotation edit at 5,000 articles: 1.78 s of its CPU profile). The items are
 * built (`chronology`) only when the keys are made.
 */
export function chronologyPageKeys(corpus: Corpus, year: string, ofYear: ReadonlyMap<Article, number>, pageSize: number, chronology: () => readonly ChronologyItem[]): string[] {
  const count = yearLength(ofYear);
  const inputs = rowsDigest([['chronology', year, namesDigest(corpus), pageSize, count], ...[...ofYear].map(([article, items]) => [articleItemDigests(corpus, article).byYear[year], items])]);
  return keptKeys(inputs, Math.max(1, Math.ceil(count / pageSize)), () => {
    const items = chronology();
    return paginate(itemsOfYear(items, year), pageSize).map((page) => chronologyPageKey(corpus, items, year, page));
  });
}

/** A page's items' digests (articleItemDigests), by item, for the chronology they were taken from. */
const itemDigestsOf = new WeakMap<readonly ChronologyItem[], Map<ChronologyItem, string>>();
function itemDigests(corpus: Corpus, chronology: readonly ChronologyItem[]): Map<ChronologyItem, string> {
  let digests = itemDigestsOf.get(chronology);
  if (digests) return digests;
  digests = new Map();
  for (const items of groupBy(chronology, (item) => item.article.slug).values()) {
    const { inOrder } = articleItemDigests(corpus, items[0]!.article);
    if (inOrder.length !== items.length) throw new Error(`The chronology digests kept for ${items[0]!.article.slug} are ${inOrder.length}, for ${items.length} items: empty the cache folder and build again.`);
    items.forEach((item, index) => digests.set(item, inOrder[index]!));
  }
  itemDigestsOf.set(chronology, digests);
  return digests;
}

/** What an item of the chronology shows (ChronologyItems.astro), as a row of plain values. */
const itemShown = ({ date, until, text, voice, href, place, article, names }: ChronologyItem): (string | number | undefined)[] => [
  date,
  until,
  text,
  voice,
  href,
  place,
  article.meta.title,
  ...names.flatMap(({ entity, start, end }) => [entity, start, end]),
];

/** A digest of each of an article's items of the chronology, in the chronology's order, and of its items of each year. */
interface ArticleItemDigests {
  /** In the order the article's items stand in the chronology: by date, then reading order (byDate). */
  inOrder: string[];
  byYear: Record<string, string>;
}

/**
 * What each of an article's items of the chronology shows (itemShown), digested once per reading
 * and kept between builds (content-cache.ts, `remembered`) under what it is made from: the
 * article's reading (digestOf: its text, slug and file) and the names of the outlets it cites,
 * which its cited reports' items name as the register does. One digest of each item serves both
 * keys: a year's pages are kept under the digests of its items by article (byYear), a page is
 * keyed by those of its items (inOrder). Digesting all 368,000 items of 5,000 articles took 2 s
 * of every build; digesting them once for each key, 1 s of a cold build's. Per corpus, which
 * fixes the outlets' names.
 */
const articleItemDigestsOf = new WeakMap<Corpus, Map<Article, ArticleItemDigests>>();
function articleItemDigests(corpus: Corpus, article: Article): ArticleItemDigests {
  let ofCorpus = articleItemDigestsOf.get(corpus);
  if (!ofCorpus) articleItemDigestsOf.set(corpus, (ofCorpus = new Map()));
  let digests = ofCorpus.get(article);
  if (digests === undefined) {
    const outlets = article.paragraphs.flatMap((paragraph) => paragraph.citations.map((citation) => outletName(corpus, citation.outlet) ?? null));
    const made = remembered(`chronology\0${digestOf(article)}\0${JSON.stringify(outlets)}`, () =>
      JSON.stringify(articleChronology(corpus, article).map((item) => ({ date: item.date, digest: rowsDigest([itemShown(item)]) }))),
    );
    const dated = (JSON.parse(made) as { date: string; digest: string }[]).sort(byDate);
    const ofYear = groupBy(dated, (item) => item.date.slice(0, 4));
    digests = { inOrder: dated.map((item) => item.digest), byYear: Object.fromEntries([...ofYear].map(([year, items]) => [year, rowsDigest(items.map((item) => [item.digest]))])) };
    ofCorpus.set(article, digests);
  }
  return digests;
}

/**
 * The key `make` gives of what is made from one article (its page, its search record) where it
 * shows of other entities no more than their slugs, types and spellings: kept under its reading's
 * digest and the entities' names.
 */
export const keptArticleKey = (corpus: Corpus, kind: string, article: Article, make: () => string): string =>
  keptKeys(rowsDigest([[kind, digestOf(article), namesDigest(corpus)]]), 1, () => [make()])[0]!;

/** The key of an article's reading page: its reading, and the names and types of the entities it links. */
export const articlePageKey = (corpus: Corpus, article: Article): string =>
  keptArticleKey(corpus, 'article page', article, () => cacheKey(corpus, article, entityLabels(corpus, linkedEntities(article))));

/** A digest of what `of` gives for a value, worked out once per value (object) of a build. */
function digestOnceEach<T extends object>(of: (value: T) => string): (value: T) => string {
  const kept = new WeakMap<T, string>();
  return (value) => {
    let digest = kept.get(value);
    if (digest === undefined) kept.set(value, (digest = sha1(of(value))));
    return digest;
  };
}

/** A paragraph's text: a place in a list shows words around a name in it. */
const textDigest = digestOnceEach((paragraph: MentionSite['paragraph']) => paragraph.text);

/**
 * What a list shows of an article besides its places: its slug (the link) and title. Each of the
 * register's 900,000 rows at 5,000 articles named its article by one digest rather than by both:
 * their keys took 1.0–1.05 s of CPU against 1.33–1.40 s.
 */
const articleLabel = digestOnceEach((article: Article) => `${article.slug.length}:${article.slug}${article.meta.title}`);

/**
 * What a list shows of each place where an entity is named, as rows of plain data (the replacer
 * of cacheKey need not visit every value): a paragraph of an original (MentionSites.astro:
 * its article's slug and title, its number, how often, the words around the first name) or a note
 * (NoteSites.astro: its id, title and paragraph, its article's slug and title). By what is shown
 * rather than by the articles' readings: an edit of a note's words then renders again only the
 * pages that show them, not every list and entity page its article is on.
 */
const sitesShown = (sites: readonly MentionSite[]): string =>
  rowsDigest(
    sites.map(({ article, paragraph, annotation, mentions }) =>
      annotation
        ? [articleLabel(article), annotation.id, annotation.title, annotation.paragraph]
        : [articleLabel(article), paragraph.n, mentions.length, textDigest(paragraph), mentions[0]!.start, mentions[0]!.end],
    ),
  );

/** The key of a page of one of an entity's long lists (entities/[slug]/[list]/[...page].astro): its place, its entity's name and type, and what it shows of each site. */
const entityListPageKey = (corpus: Corpus, slug: string, list: string, page: ListPage<MentionSite>): string =>
  cacheKey(corpus, entityLabels(corpus, [slug]), list, page.number, page.count, sitesShown(page.items));

/**
 * The keys of the pages of an entity's list (entityListPageKey), each kept under what decides it:
 * the entity's name and type, the list, the page's place, and the readings of the articles its
 * sites are in, each with where its first site on the page stands among the article's sites of
 * the entity and how many are on the page (an article's sites of an entity stand together, in
 * reading order). By page, not by list: an edit of one article makes again only the keys of the
 * pages that hold its sites, where by list it made those of every page of the longest lists.
 */
export function entityListPageKeys(corpus: Corpus, slug: string, list: string, pages: readonly ListPage<MentionSite>[]): string[] {
  const labels = entityLabels(corpus, [slug])[0]!;
  let last: Article | undefined;
  let position = 0;
  return pages.map((page) => {
    const runs: [string, number, number][] = [];
    for (const { article } of page.items) {
      position = article === last ? position + 1 : 0;
      if (article === last && runs.length > 0) runs.at(-1)![2] += 1;
      else runs.push([digestOf(article), position, 1]);
      last = article;
    }
    const inputs = rowsDigest([['list', list, ...labels, page.number, page.count, page.items.length], ...runs]);
    return keptKeys(inputs, 1, () => [entityListPageKey(corpus, slug, list, page)])[0]!;
  });
}

/**
 * The key of an entity's page: the entity, what it shows of where the archive names it (the
 * first sites of each list, and how many there are) and of the reports it cites (each citation's
 * place and claim), the entities related to it either way and an outlet's country (whole: a
 * relation stated on the other side is read from that file), and the register's date.
 */
export function entityPageKey(corpus: Corpus, slug: string, registerDate: string | undefined): string {
  const entity = corpus.entities.get(slug)!;
  const [mentioned, discussed] = [corpus.mentionedIn(slug), corpus.discussedIn(slug)];
  const reports = corpus.reportsOf(slug).flatMap((report) => [[report.date], ...report.citations.map(({ article, paragraph, citation }) => [article.slug, article.meta.title, paragraph.n, citation.claim])]);
  const others = [...corpus.relationsOf(slug).map((relation) => relation.slug), ...(entity.data.outlet ? [entity.data.outlet.country] : [])];
  const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  return cacheKey(corpus, entity, mentioned.length, sitesShown(mentioned.slice(0, shownOnEntityPage(mentioned.length))), discussed.length, sitesShown(discussed.slice(0, shownOnEntityPage(discussed.length))), rowsDigest(reports), [...new Set(others)].map((other) => corpus.entities.get(other)!).sort(bySlug), registerDate);
}

/**
 * What an edition's page shows of the article's published editions: their records (the changes
 * link), and each one's notes by id, paragraph and title (where a removed note's anchor stands).
 */
export const editionsKey = (corpus: Corpus, editions: readonly PublishedEditionReading[]): string =>
  cacheKey(corpus, editions.map(({ edition, article }) => [edition, article.annotations.map(({ id, paragraph, title }) => [id, paragraph, title])]));
