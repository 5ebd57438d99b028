/**
 * Empty folders for cold builds, without deleting anything just before a build is measured.
 *
 * A cold build creates tens of thousands of files (about 72,000 at 5,000 articles: its output and
 * its cache). On this machine's ext4, creating files right after as many were deleted costs several
 * times the kernel CPU it costs otherwise: 12,700 files of 40 KB, 2.53 s of system time straight
 * after 72,000 were deleted, against 0.49 s with none deleted before and 0.34 s 30 s after; cold
 * builds of 1,000 articles, three each way, 9.4 s of system time on average after deleting the
 * last build's folders against 7.3 s with them moved aside (BENCHMARKS.md). A publisher's cold
 * build on a fresh machine pays nothing of the kind, and the control, which deletes about a
 * fourteenth as many files (its 5,000 pages), paid less of it: so the last run's folders are
 * moved aside (a rename) and deleted when the run has measured everything.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where a run's replaced folders wait to be deleted: `.discarded/` in the folder that holds them. */
const discardedIn = (parent: string): string => join(parent, '.discarded');

/** `folder`, emptied: what it held is moved into `.discarded/` beside it (deleteDiscarded removes that). */
export function freshFolder(folder: string): string {
  const discarded = discardedIn(dirname(folder));
  mkdirSync(discarded, { recursive: true });
  try {
    renameSync(folder, join(discarded, `${basename(folder)}-${process.pid}-${Date.now()}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Deletes what freshFolder moved aside from the folders in `parent`: once nothing more is measured. */
export function deleteDiscarded(parent: string): void {
  rmSync(discardedIn(parent), { recursive: true, force: true });
}
