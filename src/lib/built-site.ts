/** Reads a built site (dist/) and the URL lock from disk, for scripts/lock-urls.ts and the tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isPublishedFile, pageFromHtml, parseHostRedirects, parseLock, pathOfHtmlFile, type BuiltPage, type HostRedirect, type LockEntry } from './url-lock.ts';

/** The lock file, at the root of the repository. */
export const LOCK_FILE = 'urls.lock.json';

export interface BuiltSite {
  pages: BuiltPage[];
  /** dist/_redirects, when there is one. */
  hostRedirects: HostRedirect[];
}

/** Every HTML page and published file under `dir`, and its _redirects file; throws when `dir` holds no built site. */
export function readBuiltSite(dir: string): BuiltSite {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/ holds no built site (no index.html): run \`npm run build\` first`);
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).map((file) => relative(dir, join(dir, file)).split('\\').join('/')).sort();
  const pages = [
    ...files.filter((file) => file.endsWith('.html')).map((file) => pageFromHtml(pathOfHtmlFile(file), readFileSync(join(dir, file), 'utf8'))),
    ...files.filter(isPublishedFile).map((file) => ({ path: `/${file}`, ids: [] })),
  ];
  const redirectsFile = join(dir, '_redirects');
  return { pages, hostRedirects: existsSync(redirectsFile) ? parseHostRedirects(readFileSync(redirectsFile, 'utf8')) : [] };
}

/** The entries of a lock file; none when it does not exist yet. */
export function readLock(file: string = LOCK_FILE): LockEntry[] {
  return existsSync(file) ? parseLock(readFileSync(file, 'utf8'), file) : [];
}
