/**
 * Published editions never change. Publishing an edition keeps a copy of the article file as it
 * was, `<content>/editions/<slug>/<n>.mdx`, and records it in `<content>/editions/lock.json` with
 * its date, the editors' note and the copy's SHA-256. From then on the article file must be exactly
 * its latest published edition: a correction is published as the next edition (`npm run edition`,
 * scripts/edition.ts), never made silently in one a reader may have cited. An article with no
 * published edition (a draft, a generated archive) is not held to this.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './content-error.ts';
import { firstDifference } from './original-text.ts';
import { articleUrl, editionUrl } from './permalink.ts';

/** One published edition, as the lock records it. */
export interface PublishedEdition {
  article: string;
  number: number;
  date: string;
  note: string;
  sha256: string;
}

const EDITIONS = 'editions';
const LOCK = 'lock.json';
const LOCK_NOTE = 'Every published edition of every article. `npm run edition` adds one; never edit or remove an entry, or the copy it names (README, Editions).';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Where the copy of an edition is kept. */
export const editionCopyPath = (root: string, slug: string, number: number): string => join(root, EDITIONS, slug, `${number}.mdx`);

/** The lock's file. */
export const editionsLockPath = (root: string): string => join(root, EDITIONS, LOCK);

/** The published editions of a content folder, in the order they were published. */
export function readEditionsLock(root: string): PublishedEdition[] {
  const file = editionsLockPath(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { editions: PublishedEdition[] }).editions : [];
}

/** What checkPublishedEditions found, and each kept copy's text that it read. */
export interface PublishedEditionsCheck {
  errors: ContentError[];
  copies: Map<string, string>;
}

/**
 * The problems with a folder's published editions (`lock`, as readEditionsLock reads it): a copy
 * that is missing, changed or not in the lock; a locked edition of an article that does not exist;
 * an article file that is not exactly its latest published edition, or that is a draft again.
 * `articles` are all of the folder's, drafts included. An article's `text` is asked for only when
 * it has a published edition.
 */
export function checkPublishedEditions(
  root: string,
  lock: readonly PublishedEdition[],
  articles: readonly { slug: string; file: string; edition: number; draft: boolean; text: () => string }[],
): PublishedEditionsCheck {
  const errors: ContentError[] = [];
  const lockFile = editionsLockPath(root);
  const restore = (copy: string) => `restore it as it was published (git checkout -- ${copy}); a published edition never changes`;
  /** Each copy's text, read once: checked here, read into its edition's page by the loader. */
  const copies = new Map<string, string>();
  for (const entry of lock) {
    const copy = editionCopyPath(root, entry.article, entry.number);
    if (!existsSync(copy)) {
      errors.push(new ContentError(copy, `edition ${entry.number} of "${entry.article}" was published on ${entry.date}, and its copy is missing`, restore(copy)));
      continue;
    }
    const text = readFileSync(copy, 'utf8');
    if (sha256(text) !== entry.sha256) errors.push(new ContentError(copy, `edition ${entry.number} of "${entry.article}" differs from what was published on ${entry.date} (its SHA-256 in ${lockFile})`, restore(copy)));
    else copies.set(copy, text);
  }
  const locked = new Set(lock.map((entry) => editionCopyPath(root, entry.article, entry.number)));
  const folder = join(root, EDITIONS);
  for (const slug of existsSync(folder) ? readdirSync(folder).filter((name) => name !== LOCK && !name.startsWith('.')) : []) {
    for (const name of readdirSync(join(folder, slug))) {
      if (!locked.has(join(folder, slug, name))) {
        errors.push(new ContentError(join(folder, slug, name), `this file is not a published edition: ${lockFile} does not record it`, 'publish editions only with npm run edition -- <slug> --note "…"; remove this file'));
      }
    }
  }
  const slugs = new Set(articles.map((article) => article.slug));
  for (const entry of lock.filter((candidate) => !slugs.has(candidate.article))) {
    errors.push(new ContentError(lockFile, `edition ${entry.number} of "${entry.article}" was published, but content/articles/${entry.article}.mdx does not exist`, 'restore the article file from its latest edition; a published article is never removed'));
  }
  for (const article of articles) {
    const latest = lock.filter((entry) => entry.article === article.slug).at(-1);
    if (!latest) continue;
    const copy = editionCopyPath(root, article.slug, latest.number);
    const published = copies.get(copy);
    if (published === undefined) continue;
    const difference = firstDifference(published, article.text());
    if (article.draft) {
      // Publishing the next edition is no way out here: a draft cannot be published (publish-edition.ts).
      errors.push(
        new ContentError(
          article.file,
          `edition ${latest.number} of this article was published on ${latest.date}, so it cannot become a draft: its pages and editions stay published`,
          `remove "draft: true" from its front matter; to correct the article, publish edition ${latest.number + 1}: npm run edition -- ${article.slug} --note "what was corrected and why"`,
          difference?.line ?? 1,
        ),
      );
    } else if (article.edition !== latest.number || difference) {
      errors.push(
        new ContentError(
          article.file,
          `edition ${latest.number} of this article was published on ${latest.date} and cannot change; this file ${difference ? `differs from it (${copy}) at line ${difference.line}, column ${difference.column}` : `says edition ${article.edition}`}`,
          `publish the change as edition ${latest.number + 1}: npm run edition -- ${article.slug} --note "what was corrected and why"; or undo it: cp ${copy} ${article.file}`,
          difference?.line ?? 1,
        ),
      );
    }
  }
  return { errors, copies };
}

/** The address an article's current edition is cited by: its edition's once published, the article's until then. */
export function citedPath(slug: string, number: number, published: readonly { edition: { number: number } }[]): string {
  return published.some(({ edition }) => edition.number === number) ? editionUrl(slug, number) : articleUrl(slug);
}

/**
 * Sets the edition's number and date in an article file's front matter, written on one line
 * (`edition: { number: 1, date: 2026-11-27 }`) or as a block (`edition:` then `  number: 1` and
 * `  date: 2026-11-27`), keeping the form it has; the rest of the file is left byte for byte.
 */
export function withEdition(text: string, number: number, date: string): string {
  const line = /^edition: \{[^}\n]*\}[ \t]*$/m;
  if (line.test(text)) return text.replace(line, `edition: { number: ${number}, date: ${date} }`);
  const block = /^edition:[ \t]*\r?\n([ \t]+)number: \d+[ \t]*(\r?\n)[ \t]+date: [\d-]+[ \t]*$/m;
  if (block.test(text)) return text.replace(block, (_match, indent: string, newline: string) => `edition:${newline}${indent}number: ${number}${newline}${indent}date: ${date}`);
  throw new Error('the front matter has no "edition: { number: N, date: YYYY-MM-DD }" (or "edition:" with "number:" and "date:" lines under it) to update');
}

/**
 * Records an article file's text as a published edition: writes its copy and adds it to the lock.
 * The caller has checked the content (scripts/edition.ts).
 */
export function recordEdition(root: string, slug: string, text: string, edition: { number: number; date: string; note: string }): PublishedEdition {
  const copy = editionCopyPath(root, slug, edition.number);
  if (existsSync(copy)) throw new Error(`${copy} exists: edition ${edition.number} was published already`);
  mkdirSync(join(root, EDITIONS, slug), { recursive: true });
  writeFileSync(copy, text);
  const entry: PublishedEdition = { article: slug, ...edition, sha256: sha256(text) };
  const editions = [...readEditionsLock(root), entry];
  writeFileSync(editionsLockPath(root), `${JSON.stringify({ note: LOCK_NOTE, editions }, null, 2)}\n`);
  return entry;
}
