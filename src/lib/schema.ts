/**
 * The content model: one module defines every shape that content/ may hold.
 * `z` comes from astro/zod (plain Zod, re-exported) so Astro's collections and
 * our own loaders validate with the same instance; nothing here needs Astro at runtime.
 */
import { z } from 'astro/zod';
import { isCalendarDate } from './dates.ts';

/** The kinds of entity an article can name. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'source', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The kinds of editorial annotation, each labelled on the page. */
export const ANNOTATION_KINDS = ['context', 'analysis', 'aftermath', 'textual'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** A calendar date written YYYY-MM-DD, as used in report anchors and front matter. */
export const isoDate = z.preprocess(
  // Front-matter YAML reads an unquoted 2004-09-22 as a Date; keep the calendar date as written.
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().refine((text) => isCalendarDate(text, 'day'), 'write a date of the calendar as YYYY-MM-DD, e.g. 2004-09-17 (a month 01–12, a day that month has)'),
);

/** A lower-case, hyphenated identifier; it becomes part of a permanent URL. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. asia-plus');

/** A web address that a page may link to: http or https only, never javascript: or data:. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'write a web address starting with https:// (or http://)' });

/** A published work that supports a statement: what a reader needs to find it again. */
export const referenceSchema = z.object({
  /** Title of the page or document, with its publisher where useful. */
  title: z.string().min(1),
  /** Where it was read. */
  url: webUrl,
});

/** A statement about an entity, with the references that support it. */
export const factSchema = z.object({
  text: z.string().min(1),
  refs: z.array(referenceSchema).min(1, 'every fact needs at least one reference'),
});

/** A date that matters to an entity (birth, founding, term of office), free-form because sources give partial dates. */
export const entityDateSchema = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  refs: z.array(referenceSchema).min(1, 'every date needs at least one reference'),
});

/** An identifier in an external authority (Wikidata) or the entity's own site. */
export const identifierSchema = z.object({
  scheme: z.enum(['wikidata', 'website']),
  value: z.string().min(1),
  refs: z.array(referenceSchema).min(1, 'say where the identifier was seen'),
});

/** A link to another entity, read as "<this> <relation> <entity>". */
export const relationSchema = z.object({
  entity: slug,
  relation: z.string().min(1),
});

/** One dated report of a news outlet that an article cites, e.g. (Avesta, September 17). */
export const reportSchema = z.object({
  date: isoDate,
  /** What is known of the report itself (its headline, whether it was found). */
  note: z.string().optional(),
});

/** What is known of a news outlet: who owns it and where it works. */
export const outletSchema = z.object({
  ownership: z.enum(['state', 'independent', 'unknown']),
  /** The entity slug of the country it is based in. */
  country: slug,
  refs: z.array(referenceSchema).default([]),
});

/** How an entity's page and search record introduce its conjectured spellings. */
export const CONJECTURED_LABEL = 'Conjectured spelling, attested in no source found';

/** An entity file, content/entities/<slug>.yaml. */
export const entitySchema = z
  .object({
    type: z.enum(ENTITY_TYPES),
    name: z.string().min(1),
    /** A finer label shown beside the type: "news agency", "military unit", "programme". */
    kind: z.string().min(1).optional(),
    /** Other spellings, transliterations and scripts under which readers may look for it. */
    variants: z.array(z.string().min(1)).default([]),
    /**
     * Spellings someone has proposed that no source attests (a "corrected" name): a reader may
     * type one, so they are searched and redirect like variants, but the page shows them as
     * conjectures and the structured data does not give them as names (alternateName).
     */
    conjectured: z.array(z.object({ name: z.string().min(1), note: z.string().min(1) }).strict()).default([]),
    /**
     * Phrases, not names, by which an original refers to the entity ("its border service"): the
     * mentions check accepts them as the words of a <Mention>; the importer does not look for them;
     * like a variant, each makes a URL that redirects to the entity.
     */
    described: z.array(z.string().min(1)).default([]),
    summary: z.string().min(1),
    /** Longer editorial description; paragraphs separated by blank lines. */
    description: z.string().min(1),
    dates: z.array(entityDateSchema).default([]),
    identifiers: z.array(identifierSchema).default([]),
    facts: z.array(factSchema).default([]),
    /** What the sources leave unsettled (disputed dates, spellings), said openly. */
    uncertain: z.array(factSchema).default([]),
    related: z.array(relationSchema).default([]),
    /** Dated reports cited by articles; only a source (outlet) has them. */
    reports: z.array(reportSchema).default([]),
    /** For a cited outlet: ownership and country (required when it has reports). */
    outlet: outletSchema.optional(),
  })
  .strict()
  .superRefine((entity, ctx) => {
    if (entity.reports.length > 0 && entity.type !== 'source') {
      ctx.addIssue({ code: 'custom', path: ['reports'], message: 'only an entity of type "source" can list reports' });
    }
    if (entity.outlet && entity.type !== 'source') {
      ctx.addIssue({ code: 'custom', path: ['outlet'], message: 'only an entity of type "source" can have outlet details' });
    }
    if (entity.reports.length > 0 && !entity.outlet) {
      ctx.addIssue({ code: 'custom', path: ['outlet'], message: 'a cited outlet needs outlet: { ownership: state | independent | unknown, country: <slug> }' });
    }
    const dates = entity.reports.map((report) => report.date);
    dates.forEach((date, index) => {
      if (dates.indexOf(date) !== index) {
        ctx.addIssue({ code: 'custom', path: ['reports', index, 'date'], message: `report ${date} is listed twice` });
      }
    });
  });

/** A name that links to an entity page (publication, publisher). */
const namedEntity = z.object({ name: z.string().min(1), entity: slug });

/** The summary `npm run import` writes into a draft: the check refuses it once `draft` is removed. */
export const DRAFT_SUMMARY = 'To be written by the editors before the draft is published.';

/** Front matter of content/articles/<slug>.mdx. */
export const articleSchema = z
  .object({
    /**
     * A draft (`npm run import` writes one): built only for the editors (`npm run dev`,
     * `GLOSSA_DRAFTS=1 npm run build`), marked "Draft", and held to the standards of a finished
     * edition only once this line is removed.
     */
    draft: z.literal(true).optional(),
    title: z.string().min(1),
    publication: namedEntity,
    publisher: namedEntity,
    volume: z.number().int().positive(),
    issue: z.number().int().positive(),
    /** When the original appeared; `approximate` with a note when the original gives no date. */
    published: z.object({
      date: isoDate,
      approximate: z.boolean(),
      note: z.string().min(1).optional(),
    }),
    /** The byline as the original prints it; an empty string when it is blank. */
    byline: z.string(),
    /** Editorial remark on the byline (who may have written it, and on what evidence). */
    bylineNote: z.string().min(1).optional(),
    /** File name of the verbatim original in content/sources/. */
    source: z.string().regex(/^[a-z0-9-]+\.txt$/),
    /** Where the original was read (archived copies); a draft may not have one yet. */
    originalUrls: z.array(webUrl),
    /** One-paragraph editorial summary. */
    summary: z.string().min(1),
    edition: z.object({ number: z.number().int().positive(), date: isoDate }),
  })
  .strict()
  .superRefine((article, ctx) => {
    if (article.draft) return;
    if (article.originalUrls.length === 0) ctx.addIssue({ code: 'custom', path: ['originalUrls'], message: 'name at least one address where the original was read (a draft may leave it empty)' });
    if (article.summary === DRAFT_SUMMARY) ctx.addIssue({ code: 'custom', path: ['summary'], message: 'the summary is still the draft’s placeholder: write the editors’ summary before removing draft: true' });
  });

/** Every spelling a reader may look an entity up by: its name, its variants and its conjectured spellings. */
export const spellingsOf = (entity: Entity): string[] => [entity.name, ...entity.variants, ...entity.conjectured.map((spelling) => spelling.name)];

/** Every way an original may refer to an entity: its spellings and the phrases it is `described` by. */
export const wordsFor = (entity: Entity): string[] => [...spellingsOf(entity), ...entity.described];

export type EntityInput = z.input<typeof entitySchema>;
export type Entity = z.output<typeof entitySchema>;
export type ArticleMeta = z.output<typeof articleSchema>;
export type Reference = z.output<typeof referenceSchema>;
export type Fact = z.output<typeof factSchema>;
