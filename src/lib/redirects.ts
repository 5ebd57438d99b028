/**
 * Redirects from the other spellings of an entity to its page: /entities/<slugified variant>/ →
 * /entities/<slug>/, so that a reader (or an old link) who writes a name the way a source spells
 * it still lands on the entity. The site publishes them twice: as static pages (a meta refresh
 * that works without JavaScript, written by the build) and as a host-level `_redirects` file
 * (Netlify / Cloudflare Pages format).
 */
import { escape } from 'html-escaper';
import slugify from '@sindresorhus/slugify';
import { underBase } from './base-path.ts';
import { ContentError, throwIfAny } from './content-error.ts';
import { entityUrl } from './permalink.ts';

/** Tajik Cyrillic letters that the transliteration table does not know, romanised as in Tajik Latin usage. */
const TAJIK_LETTERS: [string, string][] = [
  ['ӣ', 'i'], ['Ӣ', 'I'], ['ӯ', 'u'], ['Ӯ', 'U'], ['ҳ', 'h'], ['Ҳ', 'H'],
  ['ҷ', 'j'], ['Ҷ', 'J'], ['қ', 'q'], ['Қ', 'Q'], ['ғ', 'gh'], ['Ғ', 'Gh'],
];

/**
 * The URL slug of a spelling, in Latin letters whatever its script: "Khairulloyev" → "khairulloyev",
 * "Хайруллоев" → "khayrulloev", "PfP" → "pfp". Empty when nothing of it can be written in ASCII.
 */
export const variantSlug = (spelling: string): string => slugify(spelling, { decamelize: false, customReplacements: TAJIK_LETTERS });

/** What the redirects are computed from: an entity's slug, its file (for errors), and its spellings. */
export interface SpelledEntity {
  slug: string;
  file: string;
  /** The display name and the variants; the name counts as one more spelling. */
  spellings: readonly string[];
}

/** One redirect, from a variant's URL to its entity's page. */
export interface VariantRedirect {
  /** /entities/<variant-slug>/ */
  from: string;
  /** /entities/<slug>/ */
  to: string;
  entity: string;
  /** The spellings that produce this slug, as written in the entity file. */
  spellings: string[];
}

/**
 * Every redirect the entities' spellings call for, sorted by URL. A spelling whose slug is the
 * entity's own slug, or empty, needs none; two spellings of one entity with the same slug share
 * one. A slug that is another entity's slug, or that spellings of two entities share, cannot say
 * where to go: that throws, naming both entity files.
 */
export function variantRedirects(entities: readonly SpelledEntity[]): VariantRedirect[] {
  const bySlug = new Map(entities.map((entity) => [entity.slug, entity]));
  const redirects = new Map<string, VariantRedirect & { file: string }>();
  const errors: ContentError[] = [];
  for (const entity of entities) {
    for (const spelling of entity.spellings) {
      const slug = variantSlug(spelling);
      if (slug === '' || slug === entity.slug) continue;
      const owner = bySlug.get(slug);
      if (owner) {
        errors.push(
          new ContentError(
            entity.file,
            `the spelling "${spelling}" would redirect ${entityUrl(slug)} to ${entityUrl(entity.slug)}, but ${entityUrl(slug)} is the page of ${owner.file}`,
            `remove or reword "${spelling}" in ${entity.file}, or rename one of the two entities`,
          ),
        );
        continue;
      }
      const existing = redirects.get(slug);
      if (!existing) {
        redirects.set(slug, { from: entityUrl(slug), to: entityUrl(entity.slug), entity: entity.slug, spellings: [spelling], file: entity.file });
      } else if (existing.entity === entity.slug) {
        existing.spellings.push(spelling);
      } else {
        errors.push(
          new ContentError(
            entity.file,
            `the spelling "${spelling}" and the spelling "${existing.spellings[0]}" of ${existing.file} both become ${entityUrl(slug)}, which cannot redirect to both ${entityUrl(entity.slug)} and ${existing.to}`,
            `remove or reword the spelling in one of ${entity.file} and ${existing.file}`,
          ),
        );
      }
    }
  }
  throwIfAny(errors);
  return [...redirects.values()]
    .map(({ file: _file, ...redirect }) => redirect)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The static page of one redirect: a meta refresh and a canonical link, so it works on any host and
 * without JavaScript. The page Astro writes for its `redirects` config (core/routing/3xx.js, as
 * its build compresses it), with the space the HTML standard requires after "0;" (the Nu checker
 * refuses it without);
 * the build writes these itself because Astro's redirects are part of its config, and a change to
 * the config (a new variant) would throw away the whole incremental-build cache.
 */
export function redirectPage(redirect: Pick<VariantRedirect, 'from' | 'to'>, site: URL | undefined, base = '/'): string {
  const to = escape(underBase(base, redirect.to));
  const canonical = escape(site ? new URL(underBase(base, redirect.to), site).href : underBase(base, redirect.to));
  return `<!doctype html><title>Redirecting to: ${to}</title><meta http-equiv="refresh" content="0; url=${to}"><meta name="robots" content="noindex"><link rel="canonical" href="${canonical}"><body>\t<a href="${to}">Redirecting from <code>${escape(redirect.from)}</code> to <code>${to}</code></a></body>`;
}

/** The redirects as Astro's `redirects` config (for the dev server): from → { status: 301, destination }. */
export function astroRedirects(redirects: readonly VariantRedirect[]): Record<string, { status: 301; destination: string }> {
  return Object.fromEntries(redirects.map((redirect) => [redirect.from, { status: 301 as const, destination: redirect.to }]));
}

/** The host-level redirect file, `_redirects` (Netlify, Cloudflare Pages): one `/from/ /to/ 301` line each. */
export function hostRedirectsFile(redirects: readonly VariantRedirect[], base = '/'): string {
  return [
    '# Generated by the build (src/lib/redirects.ts): other spellings of an entity, redirected to its page.',
    ...redirects.map((redirect) => `${underBase(base, redirect.from)} ${underBase(base, redirect.to)} 301`),
    '',
  ].join('\n');
}
