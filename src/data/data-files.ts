/**
 * The Astro binding of articleDataFiles and entityDataFile (src/lib/open-data.ts): every article's
 * and every entity's data files, written from the corpus once the pages are, and served by the dev
 * server from the same functions.
 *
 * They are not Astro routes because a route costs far more than the file: at 5,000 articles Astro
 * took 6 ms for each of the articles' 10,000 files (a Response to render and read back, the incremental
 * cache's second copy of it) where making the file takes 0.2 ms, a minute of the build in all.
 * An article's files, and an entity's, are made only when a key of what they are made from
 * changed since the last build, as a page is rendered only when its cache key did: the reading,
 * the editions, the articles an entity's file lists, the site's address, the URL lock and the
 * code (src/lib and the locked libraries, Citation.js's styles among them). A file made is
 * written only where its text differs from what the output folder holds from the last build
 * (src/lib/output-files.ts, its manifest in the cache folder), and the files of an article or
 * entity gone since are removed.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeVersion } from '../lib/content-cache.ts';
import type { Corpus } from '../lib/corpus.ts';
import { articleDataFiles as articleFilesOf, entityDataFile, type DataFile } from '../lib/open-data.ts';
import { writeChangedFiles, type FileGroup } from '../lib/output-files.ts';
import { cacheKey } from '../lib/page-keys.ts';
import { absoluteUrl, cacheRoot, loadSiteCorpus } from './content-root.ts';
import { isLocked } from './published-files.ts';

/**
 * The folders of the output folder that hold only these files: anything else in them is from an
 * earlier build. glossa:kept-pages leaves them to this integration.
 */
export const DATA_FILE_FOLDERS = ['data/articles', 'data/annotations', 'data/entities'];

/** What the output folder holds of the data files since the last build (src/lib/output-files.ts). */
const MANIFEST = join(cacheRoot, 'glossa-data-files.json');

/** `/data/articles/<slug>.json` and the like: the slug of the article whose file a path is. */
const articleOfPath = (path: string): string | undefined => /^\/data\/(?:articles|annotations)\/([^/.]+)(?:\.csl\.json|\.json|\.jsonld|\/editions\/\d+\.jsonld)$/.exec(path)?.[1];
/** `/data/entities/<slug>.json`: the slug of the entity whose file a path is. */
const entityOfPath = (path: string): string | undefined => /^\/data\/entities\/([^/.]+)\.json$/.exec(path)?.[1];

export function dataFiles(): AstroIntegration {
  let site: URL;
  const absolute = (path: string) => absoluteUrl(path, site);
  const articleFiles = (corpus: Corpus, slug: string): DataFile[] => {
    const article = corpus.article(slug);
    return article ? articleFilesOf(article, absolute, isLocked, corpus.editionsOf(slug)) : [];
  };
  /** The data files of the article or entity whose file `path` is. */
  const filesAt = (corpus: Corpus, path: string): DataFile[] => {
    const article = articleOfPath(path);
    const entity = entityOfPath(path);
    return article ? articleFiles(corpus, article) : entity && corpus.entities.has(entity) ? [entityDataFile(corpus, entity, absolute)] : [];
  };
  /**
   * Every data file this integration writes, by article and entity, each group made when it is
   * taken: held all at once, the texts of a 5,000-article archive (some 350 MB) ran the build out of its heap.
   */
  function* everyGroup(corpus: Corpus): Generator<FileGroup> {
    const version = codeVersion();
    // The site's address under its base, which every URL in the files starts with.
    const key = (...inputs: unknown[]) => cacheKey(corpus, version, absolute('/'), ...inputs);
    for (const article of corpus.articles) {
      const { slug } = article;
      yield { key: key(article, corpus.editionsOf(slug), isLocked(`/data/articles/${slug}.csl.json`)), files: () => articleFiles(corpus, slug) };
    }
    for (const [slug, entity] of corpus.entities) {
      // The articles its file lists (where they name it, which reports they cite), in its order.
      const articles = new Set([...corpus.mentionedIn(slug), ...corpus.reportsOf(slug).flatMap((report) => report.citations)].map((site) => site.article));
      yield { key: key(entity, [...articles]), files: () => [entityDataFile(corpus, slug, absolute)] };
    }
  }
  return {
    name: 'glossa:data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.site!);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://dev').pathname;
          const file = filesAt(loadSiteCorpus(), path).find((candidate) => candidate.path === path);
          if (!file) return next();
          response.setHeader('Content-Type', `${file.mediaType}; charset=utf-8`);
          response.end(file.text);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const { written, unchanged, removed } = writeChangedFiles(fileURLToPath(dir), everyGroup(loadSiteCorpus()), DATA_FILE_FOLDERS, MANIFEST);
        const gone = removed ? `, ${removed} of articles or entities gone removed` : '';
        logger.info(`${written + unchanged} data files of articles and entities (${written} written, ${unchanged} unchanged${gone}) in ${Math.round(performance.now() - started)} ms → data/articles/, data/annotations/, data/entities/`);
      },
    },
  };
}
