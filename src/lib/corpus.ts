/**
 * The corpus: every article and entity, cross-checked and indexed both ways.
 * Built once per build from plain inputs, so the same code serves the site and the tests.
 */
import { closest } from 'fastest-levenshtein';
import { parseArticleMarkup, type Annotation, type ArticleMarkup, type Citation, type Mention, type OriginalParagraph } from './article-markup.ts';
import { ContentError, ContentErrors, throwIfAny } from './content-error.ts';
import type { ArticleMeta, Entity } from './schema.ts';

export interface EntityInput {
  slug: string;
  file: string;
  data: Entity;
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

export interface Article extends ArticleMarkup {
  slug: string;
  file: string;
  meta: ArticleMeta;
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
  /** Paragraphs of the original that name the entity, in reading order. */
  mentionedIn(slug: string): MentionSite[];
  /** Annotations that name the entity. */
  discussedIn(slug: string): MentionSite[];
  /** For an outlet: its reports and who cites them. */
  reportsOf(slug: string): ReportCitations[];
  /** Related entities, stated on either side. */
  relationsOf(slug: string): Relation[];
}

/** Builds and checks the corpus; throws every content error found, each with file, line and fix. */
export function buildCorpus(entityInputs: EntityInput[], articleInputs: ArticleInput[]): Corpus {
  const errors: ContentError[] = [];
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

  const articles: Article[] = [];
  for (const input of articleInputs) {
    try {
      articles.push({ slug: input.slug, file: input.file, meta: input.meta, ...parseArticleMarkup(input.body, input.file, input.bodyLineOffset) });
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else if (error instanceof ContentErrors) errors.push(...error.problems);
      else throw error;
    }
  }

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
          errors.push(
            new ContentError(
              article.file,
              `the citation "(${citation.text})" cites a report of ${citation.date}, which ${outlet.file} does not list (it lists: ${outlet.data.reports.map((r) => r.date).join(', ') || 'none'})`,
              `add "- date: ${citation.date}" under reports: in ${outlet.file}, or correct the date`,
              citation.line,
            ),
          );
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
    for (const relation of entity.data.related) {
      if (!entities.has(relation.entity)) unknownEntity(entity.file, undefined, relation.entity, 'a "related" entry');
    }
    const country = entity.data.outlet?.country;
    if (country && !entities.has(country)) unknownEntity(entity.file, undefined, country, '"outlet.country"');
  }
  throwIfAny(errors);

  const mentionSites = (slug: string, inAnnotations: boolean): MentionSite[] =>
    articles.flatMap((article) =>
      inAnnotations
        ? article.annotations.flatMap((annotation) => {
            const mentions = annotation.mentions.filter((mention) => mention.entity === slug);
            const paragraph = article.paragraphs.find((p) => p.n === annotation.paragraph)!;
            return mentions.length ? [{ article, paragraph, annotation, mentions }] : [];
          })
        : article.paragraphs.flatMap((paragraph) => {
            const mentions = paragraph.mentions.filter((mention) => mention.entity === slug);
            return mentions.length ? [{ article, paragraph, mentions }] : [];
          }),
    );

  return {
    articles,
    entities,
    mentionedIn: (slug) => mentionSites(slug, false),
    discussedIn: (slug) => mentionSites(slug, true),
    reportsOf: (slug) =>
      (entities.get(slug)?.data.reports ?? []).map((report) => ({
        date: report.date,
        note: report.note,
        citations: articles.flatMap((article) =>
          article.paragraphs.flatMap((paragraph) =>
            paragraph.citations
              .filter((citation) => citation.outlet === slug && citation.date === report.date)
              .map((citation) => ({ article, paragraph, citation })),
          ),
        ),
      })),
    relationsOf: (slug) => {
      const stated = (entities.get(slug)?.data.related ?? []).map((r) => ({ slug: r.entity, phrase: r.relation, inverse: false }));
      // A relation stated on the other entity shows here too, unless this entity already states one with it.
      const inverse = entityInputs.flatMap((other) =>
        other.data.related
          .filter((r) => r.entity === slug && !stated.some((own) => own.slug === other.slug))
          .map((r) => ({ slug: other.slug, phrase: r.relation, inverse: true })),
      );
      return [...stated, ...inverse];
    },
  };
}

/** The date of the newest edition in the corpus: the version date of the register as a whole. */
export function editionDate(corpus: Corpus): string | undefined {
  return corpus.articles.map((article) => article.meta.edition.date).sort().at(-1);
}
