/** What a built site holds: its files by kind, its size, its largest page and what an average article page is like. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The kinds of file in dist/, in the order the report lists them. */
export const FILE_KINDS = ['article', 'entity', 'otherHtml', 'redirect', 'citation', 'data', 'search', 'other'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface FileCount {
  files: number;
  bytes: number;
}

export interface SiteStats {
  /** HTML pages (redirect pages included), outside the search index. */
  pages: number;
  /** Every file of the site, bytes. */
  bytes: number;
  files: number;
  /** Files and bytes of each kind. */
  byKind: Record<FileKind, FileCount>;
  /** The largest HTML page: its path and bytes. */
  largestPage: { path: string; bytes: number };
  /** The average article page (/articles/<slug>/index.html): bytes and <a> elements. */
  articlePage: { bytes: number; links: number };
  /** The largest of the files a misspelled query loads (/data/names/<letter>.json), bytes. */
  largestNamesFile: number;
}

// A redirect page is a few hundred bytes; anything larger is a page with content.
const REDIRECT_MAX_BYTES = 2048;

export function siteStats(dist: string): SiteStats {
  const byKind = Object.fromEntries(FILE_KINDS.map((kind) => [kind, { files: 0, bytes: 0 }])) as Record<FileKind, FileCount>;
  const stats: SiteStats = { pages: 0, bytes: 0, files: 0, byKind, largestPage: { path: '', bytes: 0 }, articlePage: { bytes: 0, links: 0 }, largestNamesFile: 0 };
  let articleLinks = 0;
  const walk = (directory: string, relative: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      const rel = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(path, rel);
        continue;
      }
      const { size } = statSync(path);
      const kind = fileKind(rel, size, path);
      stats.bytes += size;
      stats.files++;
      byKind[kind].files++;
      byKind[kind].bytes += size;
      if (rel.endsWith('.html') && kind !== 'search') {
        stats.pages++;
        if (size > stats.largestPage.bytes) stats.largestPage = { path: rel, bytes: size };
      }
      if (rel.startsWith('/data/names/')) stats.largestNamesFile = Math.max(stats.largestNamesFile, size);
      if (kind === 'article') articleLinks += readFileSync(path, 'utf8').match(/<a[\s>]/g)?.length ?? 0;
    }
  };
  walk(dist, '');
  const articles = byKind.article.files;
  if (articles > 0) stats.articlePage = { bytes: byKind.article.bytes / articles, links: articleLinks / articles };
  return stats;
}

/**
 * The bytes GitHub Pages weighs against its 1 GB: the site as actions/upload-pages-artifact packs
 * it (this tar command, from its action.yml) and actions/upload-artifact then stores it (deflated
 * at zlib's level 6, its default; gzip's framing differs by a few bytes). actions/deploy-pages
 * sets that size against 1,073,741,824 bytes (ONE_GIGABYTE in src/internal/deployment.js).
 * Uses the system's tar and gzip, as the runner does.
 */
export function pagesArtifactBytes(dist: string): number {
  const packed = spawnSync('sh', ['-c', `tar --dereference --hard-dereference --directory "$DIST" -cf - --exclude=.git --exclude=.github --exclude='.[^/]*' . | gzip -6 -c | wc -c`], {
    env: { ...process.env, DIST: dist },
    encoding: 'utf8',
  });
  const size = Number(packed.stdout.trim());
  if (packed.status !== 0 || !Number.isInteger(size) || size <= 0) throw new Error(`Packing ${dist} as a Pages artifact failed (tar, gzip): ${packed.stderr || packed.stdout}`);
  return size;
}

/** The kind of a file, from its path under dist/ (and, for a small HTML file, whether it is only a meta refresh). */
function fileKind(rel: string, size: number, path: string): FileKind {
  if (rel.startsWith('/pagefind/')) return 'search';
  if (rel.startsWith('/data/')) return 'data';
  if (/\/cite[/.][^/]*$/.test(rel) && /\.(bib|ris|json)$/.test(rel)) return 'citation';
  if (!rel.endsWith('.html')) return 'other';
  if (size <= REDIRECT_MAX_BYTES && /<meta http-equiv="refresh"/i.test(readFileSync(path, 'utf8'))) return 'redirect';
  if (/^\/articles\/[^/]+\/index\.html$/.test(rel)) return 'article';
  if (/^\/entities\/[^/]+\//.test(rel)) return 'entity';
  return 'otherHtml';
}
