/**
 * The corpus: every article and entity, cross-checked and indexed both ways.
 * Built once per build from plain inputs, so the same code serves the site and the tests.
 */
import { closest } from 'fastest-levenshtein';
import { byDate } from './archive-order.ts';
import { parseArticleMarkup, type Annotation, type ArticleHtml, type ArticleMarkup, type Citation, type Mention, type OriginalParagraph } from './article-markup.ts';
import { ContentError, throwIfAny, type ContentWarning } from './content-error.ts';
import type { PublishedEdition } from './editions.ts';
import type { ArticleMeta, Entity } from './schema.ts';

export interface EntityInput {
  slug: string;
  file: string;
  data: Entity;
  /** The line of each field and list entry of its file ("related.0"), where it was read from one. */
  lines?: Record<string, number>;
}

export interface ArticleInput {
  slug: string;
  file: string;
  meta: ArticleMeta;
  /** The MDX body, without front matter. */
  body: string;
  /** Lines in the file before the body, for error positions. */
  bodyLineOffset: number;
}

/** What reading an article file gives: plain data, which the content cache can keep as it is. */
export interface ArticleReading extends ArticleMarkup {
  slug: string;
  file: string;
  meta: ArticleMeta;
}

/**
 * An article of the corpus. Its HTML is a third of what a read article weighs and only its own
 * page needs it, so the corpus holds a way to load it rather than the HTML itself: a build of
 * thousands of articles keeps in memory only what every page may need.
 */
export interface Article extends Omit<ArticleReading, 'html'> {
  html(): ArticleHtml;
}

/** A place where an entity is named: a paragraph of the original or an annotation. */
export interface MentionSite {
  article: Article;
  paragraph: OriginalParagraph;
  /** Set when the mention is in an editorial annotation rather than the original text. */
  annotation?: Annotation;
  mentions: Mention[];
}

/** A dated report of an outlet, with every place an article cites it. */
export interface ReportCitations {
  date: string;
  note: string | undefined;
  citations: { article: Article; paragraph: OriginalParagraph; citation: Citation }[];
}

/** Another entity linked to this one, in either direction. */
export interface Relation {
  slug: string;
  /** How to read it: "<this entity> <phrase> <other>", or "<other> <phrase> <this entity>" when inverse. */
  phrase: string;
  inverse: boolean;
}

export interface Corpus {
  articles: Article[];
  entities: Map<string, EntityInput>;
  /** The article with this slug. */
  article(slug: string): Article | undefined;
  /** Paragraphs of the original that name the entity: its articles earliest first (byDate), each one's in reading order. */
  mentionedIn(slug: string): MentionSite[];
  /** Annotations that name the entity, in the same order. */
  discussedIn(slug: string): MentionSite[];
  /** For an outlet: its reports and who cites them. */
  reportsOf(slug: string): ReportCitations[];
  /** Related entities, stated on either side. */
  relationsOf(slug: string): Relation[];
  /** What may be intended but is not published as written, file by file (ContentWarning). */
  warnings: ContentWarning[];
  /** An article's published editions, earliest first, each read from its kept copy (editions.ts). */
  editionsOf(slug: string): PublishedEditionReading[];
}

/** A published edition and its reading: the article as that edition has it. */
export interface PublishedEditionReading {
  edition: PublishedEdition;
  article: Article;
}

/** Reads an article's body into its paragraphs and notes; throws its content errors, with file and line. */
export function readArticle(input: ArticleInput): ArticleReading {
  return { slug: input.slug, file: input.file, meta: input.meta, ...parseArticleMarkup(input.body, input.file, input.bodyLineOffset) };
}

/** The article of a reading, its HTML loaded by `loadHtml` (by default, kept from the reading). */
export function articleOf({ html, ...article }: ArticleReading, loadHtml: () => ArticleHtml = () => html): Article {
  return { ...article, html: loadHtml };
}

/** Builds and cross-checks the corpus from its read files; throws every content error found, each with file, line and fix. */
export function buildCorpus(entityInputs: EntityInput[], articles: Article[]): Corpus {
  const errors: ContentError[] = [];
  /** What a draft may leave unresolved (a report the register does not list yet): said, not refused. */
  const draftWarnings: ContentWarning[] = [];
  const entities = new Map(entityInputs.map((entity) => [entity.slug, entity]));
  const slugs = [...entities.keys()];

  const unknownEntity = (file: string, line: number | undefined, slug: string, what: string) =>
    errors.push(
      new ContentError(
        file,
        `${what} names the unknown entity "${slug}"${slugs.length ? ` (closest known: "${closest(slug, slugs)}")` : ''}`,
        `correct the slug, or add content/entities/${slug}.yaml if it is a new entity`,
        line,
      ),
    );

  for (const article of articles) {
    for (const [field, named] of [['publication', article.meta.publication], ['publisher', article.meta.publisher]] as const) {
      if (!entities.has(named.entity)) unknownEntity(article.file, 1, named.entity, `front matter "${field}.entity"`);
    }
    for (const paragraph of article.paragraphs) {
      for (const mention of paragraph.mentions) {
        if (!entities.has(mention.entity)) unknownEntity(article.file, mention.line, mention.entity, `a <Mention> in paragraph ${paragraph.n}`);
      }
      for (const citation of paragraph.citations) {
        const outlet = entities.get(citation.outlet);
        if (!outlet) {
          unknownEntity(article.file, citation.line, citation.outlet, `the citation "(${citation.text})" in paragraph ${paragraph.n}`);
        } else if (outlet.data.type !== 'source') {
          errors.push(new ContentError(article.file, `the citation "(${citation.text})" names "${citation.outlet}", which is a ${outlet.data.type}, not a source`, 'cite a news outlet (an entity of type "source")', citation.line));
        } else if (!outlet.data.reports.some((report) => report.date === citation.date)) {
          const problem = new ContentError(
            article.file,
            `the citation "(${citation.text})" cites a report of ${citation.date}, which ${outlet.file} does not list (it lists: ${outlet.data.reports.map((r) => r.date).join(', ') || 'none'})`,
            `add "- date: ${citation.date}" under reports: in ${outlet.file}, or correct the date`,
            citation.line,
          );
          if (article.meta.draft) draftWarnings.push({ file: problem.file, line: problem.line, problem: `${problem.problem}; the draft shows it as unresolved`, fix: problem.fix });
          else errors.push(problem);
        }
      }
    }
    for (const annotation of article.annotations) {
      for (const mention of annotation.mentions) {
        if (!entities.has(mention.entity)) unknownEntity(article.file, mention.line, mention.entity, `a <Mention> in annotation ${annotation.id}`);
      }
    }
  }
  for (const entity of entityInputs) {
    const stated = new Set<string>();
    entity.data.related.forEach((relation, index) => {
      const line = entity.lines?.[`related.${index}`];
      if (!entities.has(relation.entity)) unknownEntity(entity.file, line, relation.entity, 'a "related" entry');
      if (relation.entity === entity.slug) errors.push(new ContentError(entity.file, `a "related" entry relates ${entity.slug} to itself ("${relation.relation}")`, 'name another entity, or remove the entry', line));
      const pair = `${relation.entity} ${relation.relation}`;
      if (stated.has(pair)) errors.push(new ContentError(entity.file, `the "related" entry { entity: ${relation.entity}, relation: ${relation.relation} } is listed twice`, 'remove one of them', line));
      stated.add(pair);
    });
    const country = entity.data.outlet?.country;
    if (country && !entities.has(country)) unknownEntity(entity.file, entity.lines?.['outlet.country'], country, '"outlet.country"');
  }
  throwIfAny(errors);

  // Each index is built once, on first use, in one pass over the corpus: a page per entity asks
  // for its own entry, and scanning every article for each entity would grow with the square of
  // the archive (5,000 articles × thousands of entities). The sites are gathered through the
  // archive in time, the order every list of them shows: sorting each entity's lists instead took
  // a second of every build at 5,000 articles.
  const earliestFirst = lazy(() => [...articles].sort(byDate));
  const inParagraphs = lazy(() => {
    const index = new Map<string, MentionSite[]>();
    for (const article of earliestFirst()) {
      for (const paragraph of article.paragraphs) {
        for (const [slug, mentions] of groupBy(paragraph.mentions, (mention) => mention.entity)) push(index, slug, { article, paragraph, mentions });
      }
    }
    return index;
  });
  const inAnnotations = lazy(() => {
    const index = new Map<string, MentionSite[]>();
    for (const article of earliestFirst()) {
      const byNumber = new Map(article.paragraphs.map((paragraph) => [paragraph.n, paragraph]));
      for (const annotation of article.annotations) {
        const paragraph = byNumber.get(annotation.paragraph)!;
        for (const [slug, mentions] of groupBy(annotation.mentions, (mention) => mention.entity)) push(index, slug, { article, paragraph, annotation, mentions });
      }
    }
    return index;
  });
  /** Citations by outlet and report date ("avesta 2004-09-17"). */
  const citationsByReport = lazy(() => {
    const index = new Map<string, ReportCitations['citations']>();
    for (const article of articles) {
      for (const paragraph of article.paragraphs) {
        for (const citation of paragraph.citations) push(index, `${citation.outlet} ${citation.date}`, { article, paragraph, citation });
      }
    }
    return index;
  });
  /** Relations stated on other entities, by the entity they point to, in the order of the entity files. */
  const statedTowards = lazy(() => {
    const index = new Map<string, Relation[]>();
    for (const other of entityInputs) {
      for (const relation of other.data.related) push(index, relation.entity, { slug: other.slug, phrase: relation.relation, inverse: true });
    }
    return index;
  });
  const bySlug = new Map(articles.map((article) => [article.slug, article]));

  return {
    articles,
    warnings: [...articles.flatMap((article) => article.warnings), ...draftWarnings],
    entities,
    article: (slug) => bySlug.get(slug),
    // Set by the loader, which reads the kept copies (content-files.ts).
    editionsOf: () => [],
    mentionedIn: (slug) => inParagraphs().get(slug) ?? [],
    discussedIn: (slug) => inAnnotations().get(slug) ?? [],
    reportsOf: (slug) =>
      (entities.get(slug)?.data.reports ?? []).map((report) => ({
        date: report.date,
        note: report.note,
        citations: citationsByReport().get(`${slug} ${report.date}`) ?? [],
      })),
    relationsOf: (slug) => {
      const stated = (entities.get(slug)?.data.related ?? []).map((r) => ({ slug: r.entity, phrase: r.relation, inverse: false }));
      // A relation stated on the other entity shows here too, unless this entity already states one with it.
      const statedSlugs = new Set(stated.map((own) => own.slug));
      const inverse = (statedTowards().get(slug) ?? []).filter((relation) => !statedSlugs.has(relation.slug));
      return [...stated, ...inverse];
    },
  };
}

/** A value computed on first call and kept. */
function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/** Adds `value` to the list under `key`. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Items grouped by key, groups in the order their first item appears. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) push(groups, key(item), item);
  return groups;
}

const newestEdition = new WeakMap<Corpus, string | undefined>();

/**
 * The date of the newest edition in the corpus: the version date of the register as a whole.
 * Every entity page and citation file asks; it is worked out once per corpus.
 */
export function editionDate(corpus: Corpus): string | undefined {
  if (!newestEdition.has(corpus)) {
    let newest: string | undefined;
    for (const article of corpus.articles) if (newest === undefined || article.meta.edition.date > newest) newest = article.meta.edition.date;
    newestEdition.set(corpus, newest);
  }
  return newestEdition.get(corpus);
}
