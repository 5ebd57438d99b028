/**
 * Files a build writes into its output folder itself, written only where they changed.
 *
 * A rebuild writes into the last build's output, where most such files already hold what they
 * would be written with: overwriting all 12,706 data files of a 5,000-article archive cost a
 * rebuild 5.6 s of its profile on a loaded machine, hashing their texts (365 MB) 0.65 s. So a
 * manifest in the cache folder records, for the output folder it describes, each file's path, the
 * hash of its text, and its size and modification time once written. A file is written again when its text hashes otherwise, or when
 * it is not as the manifest left it (gone, or rewritten by anyone else, or by a build that stopped
 * before recording it): the manifest is trusted only for files nothing has touched since.
 *
 * Files come in groups made from the same inputs (an article's data files), each with a key of
 * those inputs, as a page has its cache key. A group whose key the manifest holds, with its files
 * as the manifest left them, is not made at all: making the texts of every article and entity only
 * to hash them took 2.4 s of a 5,000-article rebuild for one edited article.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** A file of the output folder: its path from the folder (`/data/articles/x.json`) and its text. */
export interface OutputFile {
  path: string;
  text: string;
}

/** Files made together, and a key of everything they are made from: the same key, the same files. */
export interface FileGroup {
  key: string;
  files: () => OutputFile[];
}

/** Each file's hash of its text, size and modification time as written. */
type Entries = Record<string, [hash: string, size: number, mtimeMs: number]>;

/** What `outDir` holds of the files written through a manifest, and the paths of each group's files by its key. */
interface Manifest {
  outDir: string;
  files: Entries;
  groups: Record<string, string[]>;
}

export interface WriteCounts {
  written: number;
  unchanged: number;
  removed: number;
}

function readManifest(file: string, outDir: string): Pick<Manifest, 'files' | 'groups'> {
  const none = { files: {}, groups: {} };
  if (!existsSync(file)) return none;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<Manifest>;
  return manifest.outDir === outDir && manifest.files && manifest.groups ? { files: manifest.files, groups: manifest.groups } : none;
}

/**
 * Writes the files of `groups` into `outDir`, each only when its text differs from what the folder
 * holds from the last build recorded in `manifest` (a group whose key and files are as recorded is
 * not made), then removes every other file under `folders` (paths in `outDir` that hold only these
 * files: an article gone since the last build loses its files) and the folders that leaves empty,
 * and records what the folder now holds.
 */
export function writeChangedFiles(outDir: string, groups: Iterable<FileGroup>, folders: readonly string[], manifest: string): WriteCounts {
  const before = readManifest(manifest, outDir);
  const now: Entries = {};
  const nowGroups: Manifest['groups'] = {};
  /** Whether the file at `path` is as the manifest says it was written, with the text of hash `digest` when given. */
  const asLeft = (path: string, digest?: string): boolean => {
    const was = before.files[path];
    if (!was || (digest !== undefined && was[0] !== digest)) return false;
    const stat = statSync(join(outDir, path), { throwIfNoEntry: false });
    return stat !== undefined && stat.size === was[1] && stat.mtimeMs === was[2];
  };
  let written = 0;
  for (const group of groups) {
    const kept = before.groups[group.key];
    if (kept && kept.every((path) => asLeft(path))) {
      for (const path of kept) now[path] = before.files[path]!;
      nowGroups[group.key] = kept;
      continue;
    }
    const files = group.files();
    for (const file of files) {
      const digest = hash('sha1', file.text, 'base64url');
      if (asLeft(file.path, digest)) {
        now[file.path] = before.files[file.path]!;
        continue;
      }
      const target = join(outDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.text);
      const { size, mtimeMs } = statSync(target);
      now[file.path] = [digest, size, mtimeMs];
      written++;
    }
    nowGroups[group.key] = files.map((file) => file.path);
  }
  const made = (path: string) => `/${path.split(sep).join('/')}` in now;
  let removed = 0;
  for (const folder of folders.map((name) => join(outDir, name)).filter((path) => existsSync(path))) removed += removeAllBut(outDir, folder, made);
  mkdirSync(dirname(manifest), { recursive: true });
  // Whole or not at all: a build stopped while writing it leaves the last one, whose files it checks.
  writeFileSync(`${manifest}.writing`, JSON.stringify({ outDir, files: now, groups: nowGroups } satisfies Manifest));
  renameSync(`${manifest}.writing`, manifest);
  return { written, unchanged: Object.keys(now).length - written, removed };
}

/**
 * Removes every file under `folder` whose path in `root` `keep` refuses, then every folder that
 * leaves empty (`folder` too, unless it is `root`); a folder `keep` accepts is left whole. Returns
 * how many files it removed.
 */
export function removeAllBut(root: string, folder: string, keep: (path: string) => boolean): number {
  let removed = 0;
  const walk = (current: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (keep(relative(root, path))) empty = false;
      else if (!entry.isDirectory()) {
        rmSync(path);
        removed++;
      } else if (walk(path)) rmdirSync(path);
      else empty = false;
    }
    return empty;
  };
  if (existsSync(folder) && walk(folder) && folder !== root) rmdirSync(folder);
  return removed;
}
