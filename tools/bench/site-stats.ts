/** What a built site holds: its pages, its size, and the size of its search index. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteStats {
  /** HTML pages (redirect pages included), outside the search index. */
  pages: number;
  /** Every file of the site, bytes. */
  bytes: number;
  files: number;
  /** The Pagefind index (dist/pagefind/), bytes and files. */
  indexBytes: number;
  indexFiles: number;
  /** The largest HTML page: its path and bytes. */
  largestPage: { path: string; bytes: number };
}

export function siteStats(dist: string): SiteStats {
  const stats: SiteStats = { pages: 0, bytes: 0, files: 0, indexBytes: 0, indexFiles: 0, largestPage: { path: '', bytes: 0 } };
  const walk = (directory: string, relative: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      const rel = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(path, rel);
        continue;
      }
      const { size } = statSync(path);
      stats.bytes += size;
      stats.files++;
      if (rel.startsWith('/pagefind/')) {
        stats.indexBytes += size;
        stats.indexFiles++;
      } else if (entry.name.endsWith('.html')) {
        stats.pages++;
        if (size > stats.largestPage.bytes) stats.largestPage = { path: rel, bytes: size };
      }
    }
  };
  walk(dist, '');
  return stats;
}
