/**
 * Files that were published at URLs the site no longer links: they stay, because a published URL
 * never breaks (urls.lock.json). Citation downloads now travel inside the pages (data: links,
 * src/lib/cite.ts), so an archive needs no file per citation; the file routes build only the
 * paths the lock lists.
 */
import { readLock } from '../lib/built-site.ts';

const locked = new Set(readLock().map((entry) => entry.url));

/** Whether `path` is a URL the lock lists, so that the build must keep serving it. */
export const isLocked = (path: string): boolean => locked.has(path);
