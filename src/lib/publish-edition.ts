/**
 * `npm run edition` (scripts/edition.ts): publishes an article's file as its next edition. The
 * first time, the file is recorded as the edition its front matter names; after that, a changed
 * file becomes edition n + 1, dated today, and the front matter says so. The content is checked with
 * the edition recorded; on any problem nothing is published and every file is put back.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, parseArticleText } from './content-files.ts';
import { editionCopyPath, editionsLockPath, readEditionsLock, recordEdition, withEdition, type PublishedEdition } from './editions.ts';

export function publishEdition(root: string, slug: string, note: string, today: string): PublishedEdition {
  const file = join(root, 'articles', `${slug}.mdx`);
  if (!existsSync(file)) throw new Error(`${file} does not exist: name an article by its slug, the file name without .mdx`);
  if (note.trim() === '') throw new Error('say in --note "…" what this edition corrects and why: the changes page shows it to readers');
  const text = readFileSync(file, 'utf8');
  const { meta } = parseArticleText(text, file);
  if (meta.draft) throw new Error(`${file} is a draft: finish it and remove "draft: true" from its front matter, then publish it`);
  const latest = readEditionsLock(root).filter((entry) => entry.article === slug).at(-1);
  let edition: { number: number; date: string; text: string };
  if (!latest) {
    edition = { ...meta.edition, text };
  } else {
    if (readFileSync(editionCopyPath(root, slug, latest.number), 'utf8') === text) throw new Error(`${file} is unchanged since edition ${latest.number}: there is nothing to publish`);
    edition = { number: latest.number + 1, date: today, text: withEdition(text, latest.number + 1, today) };
  }
  const lockFile = editionsLockPath(root);
  const lockBefore = existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : undefined;
  const copy = editionCopyPath(root, slug, edition.number);
  const copyBefore = existsSync(copy);
  try {
    writeFileSync(file, edition.text);
    const entry = recordEdition(root, slug, edition.text, { number: edition.number, date: edition.date, note: note.trim() });
    loadCorpus(root);
    return entry;
  } catch (error) {
    writeFileSync(file, text);
    if (!copyBefore) rmSync(copy, { force: true });
    if (lockBefore === undefined) rmSync(lockFile, { force: true });
    else writeFileSync(lockFile, lockBefore);
    throw error;
  }
}
