/**
 * Reads a content folder (articles/, entities/, sources/) from disk into a checked corpus.
 * The site's build and the tests both load content through here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { openContentCache, type ContentCache } from './content-cache.ts';
import { ContentError, ContentErrors, formatProblem, throwIfAny, type ContentWarning } from './content-error.ts';
import { articleOf, buildCorpus, push, readArticle, type Article, type ArticleInput, type ArticleReading, type Corpus, type EntityInput, type PublishedEditionReading } from './corpus.ts';
import { checkPublishedEditions, editionCopyPath, readEditionsLock, type PublishedEdition, type PublishedEditionsCheck } from './editions.ts';
import { linkedEntities, readFromCache } from './page-keys.ts';
import { readEntityFile } from './entity-file.ts';
import { firstDifference, HEADER_LINES, rebuildOriginal, withoutByteOrderMark, withoutFileConventions } from './original-text.ts';
import { articleSchema, slug } from './schema.ts';
import { weakSourceErrors } from './source-quality.ts';
import { readYamlDocument, validateYaml } from './yaml-file.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/**
 * Content folders already read by this process, by folder, with the fingerprint of the files they
 * were read from. A build reads the content more than once (the content check, the integrations
 * when the config is set up, then the pages, which Astro bundles separately, so module-level caches
 * are not shared); parsing thousands of articles twice would double the cost, so the files'
 * readings are kept on globalThis and reused while no file has changed (same names, sizes and
 * modification times). The check's corpus (drafts included) and the site's (drafts left out) are
 * assembled from the same readings, and are one corpus when there is no draft.
 */
const loaded = ((globalThis as Record<symbol, unknown>)[Symbol.for('glossa.loadedContent')] ??= new Map()) as Map<string, LoadedContent>;

interface LoadedContent {
  fingerprint: string;
  cache: ContentCache | undefined;
  files: ContentFiles;
  /**
   * The corpora assembled from `files`, by whether they hold the drafts, each with whether its
   * warnings were looked at (every page asks for the site's corpus again).
   */
  corpora: Map<boolean, { corpus: Corpus; told: boolean }>;
  /** The warnings told so far (formatted): each is told once, whichever corpus has it first. */
  told: Set<string>;
}

/** Every file of a content folder, each read and checked on its own; errors stop the corpus. */
interface ContentFiles {
  entities: EntityInput[];
  /** Drafts included. */
  articles: Article[];
  /** The published editions (`editions/lock.json`). */
  lock: PublishedEdition[];
  /**
   * The files checked against the published editions, drafts included: the same for the corpus
   * with the drafts and without them, so checked once per reading of the files, each copy read once.
   */
  published: PublishedEditionsCheck;
}

export interface LoadOptions {
  /** A folder for the content cache (content-cache.ts): files read before, unchanged, are not parsed again. */
  cacheDir?: string;
  /**
   * Told the corpus's warnings that no earlier call for the same files told: the build's content
   * check tells them all (drafts included), and the site's corpus after it none again.
   */
  warn?: (warnings: readonly ContentWarning[]) => void;
  /** Include the drafts (articles with `draft: true`): the editors' builds do, a published site does not. Every file is read and checked either way. */
  drafts?: boolean;
  /**
   * Keep the reading this process made of the folder, whatever changes afterwards: a build
   * publishes what its content check read, and does not list every file again each time one of
   * its steps asks for the corpus (five times a build: 0.56 s of a rebuild's CPU at 5,000
   * articles). The development server, which follows the editor's changes, does not pin it.
   */
  pinned?: boolean;
}

/** Loads, validates and cross-checks everything under `root`; throws every problem found at once. */
export function loadCorpus(root: string, options: LoadOptions = {}): Corpus {
  const folder = resolve(root);
  let content = loaded.get(folder);
  const fingerprint = options.pinned && content ? content.fingerprint : contentFingerprint(root);
  if (content?.fingerprint !== fingerprint) {
    const cache = options.cacheDir === undefined ? undefined : openContentCache(options.cacheDir);
    content = { fingerprint, cache, files: readContentFiles(root, cache), corpora: new Map(), told: new Set() };
    loaded.set(folder, content);
  }
  // Without a draft, the corpus with the drafts is the corpus without them.
  const drafts = (options.drafts ?? false) && content.files.articles.some((article) => article.meta.draft);
  let assembled = content.corpora.get(drafts);
  if (!assembled) {
    assembled = { corpus: assembleCorpus(root, content.files, content.cache, drafts), told: false };
    // Once per reading of the files (it lists the whole cache folder); an edition's copy that only a
    // second corpus, with or without the drafts, reads is then parsed again from its text.
    if (content.corpora.size === 0) content.cache?.prune();
    content.corpora.set(drafts, assembled);
  }
  // Also when the corpus is reused: one first asked for by a caller that tells nothing (no build
  // step does; the tests' loadEntityRedirects does) still has its warnings told to the next that asks.
  if (options.warn && !assembled.told) {
    assembled.told = true;
    const { told } = content;
    const untold = assembled.corpus.warnings.filter((warning) => !told.has(formatProblem(warning)));
    for (const warning of untold) told.add(formatProblem(warning));
    if (untold.length > 0) options.warn(untold);
  }
  return assembled.corpus;
}

/** The names, sizes and modification times of every content file: changes when any file does. */
function contentFingerprint(root: string): string {
  return ['entities', 'articles', 'sources', 'editions']
    .flatMap((folder) => {
      const directory = join(root, folder);
      if (!existsSync(directory)) return [`${folder}: none`];
      // recursive: the editions folder holds one folder per article.
      return readdirSync(directory, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((name) => {
          const stat = statSync(join(directory, name));
          return `${folder}/${name} ${stat.size} ${stat.mtimeMs}`;
        });
    })
    .join('\n');
}

/** Runs `read`, and records the content problems it throws in `errors` instead. */
function collecting(errors: ContentError[]) {
  return <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (error instanceof ContentErrors) errors.push(...error.problems);
      else if (error instanceof ContentError) errors.push(error);
      else throw error;
      return undefined;
    }
  };
}

/**
 * An article file's reading as the article `slug`: its current file, as read from disk, or the kept
 * copy of an edition. The file's bytes are hashed for the cache as they are and decoded only when it
 * is parsed: decoding every file of 5,000 articles to hash its text again as UTF-8 cost 0.65–1.0 s
 * against 0.28–0.40 s for the bytes alone, in every build.
 */
function readArticleText(cache: ContentCache | undefined, file: string, content: string | Buffer, slug: string): Article {
  const where = { slug, file };
  let parsed: ArticleReading | undefined;
  const parse = () => (parsed ??= readArticle(parseArticleText(typeof content === 'string' ? content : content.toString('utf8'), file)));
  if (!cache) return articleOf({ ...parse(), ...where });
  // The reading depends on the text alone; where the file is comes from this build. Its HTML
  // is a cache entry of its own (keyed by the reading's key, which stands for the text), which
  // only the article's page loads: the corpus does not hold it.
  const key = cache.key('article', content);
  const model = cache.reading(key, () => withoutHtml(parse()));
  const warnings = model.warnings.map((warning) => ({ ...warning, file }));
  return readFromCache({ ...model, ...where, warnings, html: cache.stored(cache.key('article-html', key), () => parse().html) }, key);
}

/** Reads and checks each file under `root` on its own (each unchanged one from the cache); throws every problem found. */
function readContentFiles(root: string, cache: ContentCache | undefined): ContentFiles {
  const errors: ContentError[] = [];
  const collect = collecting(errors);
  const entities = filesIn(join(root, 'entities'), '.yaml', errors).flatMap((file) => {
    const entity = collect((): EntityInput => {
      const text = readFileSync(file, 'utf8');
      const where = { slug: slugOfFile(file, 'entity'), file };
      if (!cache) return { ...where, ...readEntityFile(text, file) };
      const key = cache.key('entity', text);
      return readFromCache({ ...where, ...cache.reading(key, () => readEntityFile(text, file)) }, key);
    });
    return entity ? [entity] : [];
  });
  // The text of each article file that has a published edition, to check against its kept copy.
  // Only those: holding every article's text while the rest are read made the collector run all
  // the time (the corpus 935 → 549 MB at 5,000 articles, when the texts were kept for the build).
  const texts = new Map<string, string>();
  const lock = readEditionsLock(root);
  const publishedSlugs = new Set(lock.map((edition) => edition.article));
  const articles = filesIn(join(root, 'articles'), '.mdx', errors).flatMap((file) => {
    const bytes = readFileSync(file);
    if (publishedSlugs.has(basename(file, '.mdx'))) texts.set(file, bytes.toString('utf8'));
    const article = collect(() => readArticleText(cache, file, bytes, slugOfFile(file, 'article')));
    return article ? [article] : [];
  });
  // The originals are read by the name an article gives; a file of another kind there is reported too.
  filesIn(join(root, 'sources'), '.txt', errors);
  throwIfAny(errors);
  // Drafts included, so that a site built without them is told what the check is; its problems are
  // reported with the cross-file ones (assembleCorpus), not alone.
  const published = checkPublishedEditions(root, lock, articles.map(({ slug, file, meta }) => ({ slug, file, edition: meta.edition.number, draft: meta.draft === true, text: () => texts.get(file)! })));
  return { entities, articles, lock, published };
}

/** The corpus of the files read, with or without the drafts, cross-checked; throws every problem found. */
function assembleCorpus(root: string, files: ContentFiles, cache: ContentCache | undefined, drafts: boolean): Corpus {
  const errors: ContentError[] = [];
  const collect = collecting(errors);
  const { entities, lock, published } = files;
  // A draft is read and checked, and left out of a published site's corpus.
  const articles = drafts ? files.articles : files.articles.filter((article) => !article.meta.draft);
  const corpus = collect(() => buildCorpus(entities, articles));
  for (const article of corpus?.articles ?? []) collect(() => checkVerbatim(article, join(root, 'sources', article.meta.source)));
  // What is published now; a published edition's copy keeps the sources it had (source-quality.ts).
  if (corpus) errors.push(...weakSourceErrors(entities, corpus.articles));
  // A changed published edition is reported with everything else wrong in the files, not alone:
  // an editor correcting an article sees all of its problems before publishing the next edition.
  errors.push(...published.errors);
  // collect() gives no corpus only after recording why.
  if (!corpus || errors.length > 0) throw new ContentErrors(errors);
  // Each published edition from its kept copy, read as the article is; the latest is the article file itself (checked equal above).
  const editions = new Map<string, PublishedEditionReading[]>();
  for (const edition of lock) {
    const current = corpus.article(edition.article)!;
    const copy = editionCopyPath(root, edition.article, edition.number);
    const article = edition.number === current.meta.edition.number ? current : collect(() => readArticleText(cache, copy, published.copies.get(copy)!, edition.article));
    if (!article) continue;
    for (const slug of linkedEntities(article).filter((slug) => !corpus.entities.has(slug))) {
      errors.push(new ContentError(copy, `edition ${edition.number} names the entity "${slug}", which the register no longer has`, `restore content/entities/${slug}.yaml: a published edition links it, and its URL is permanent`));
    }
    push(editions, edition.article, { edition, article });
  }
  throwIfAny(errors);
  return { ...corpus, editionsOf: (slug) => editions.get(slug) ?? [] };
}

/** A reading without its HTML: the part of it the corpus holds. */
const withoutHtml = ({ html: _html, ...model }: ArticleReading): Omit<ArticleReading, 'html'> => model;

/** The slug, front matter and body of content/articles/<slug>.mdx. */
export function readArticleFile(file: string): ArticleInput {
  return parseArticleText(readFileSync(file, 'utf8'), file);
}

/**
 * The slug a file defines, entity or article: its name without the extension, which must be a valid
 * slug, because it becomes the permanent URL (/entities/<slug>/, /articles/<slug>/).
 */
export function slugOfFile(file: string, kind: 'entity' | 'article'): string {
  const name = file.replace(/^.*\//, '').replace(/\.(ya?ml|mdx)$/, '');
  const checked = slug.safeParse(name);
  if (!checked.success) {
    throw new ContentError(file, `"${name}" cannot be an ${kind} slug: ${checked.error.issues[0]?.message}`, `rename the file; its name becomes the permanent URL /${kind === 'entity' ? 'entities' : 'articles'}/<name>/`, 1);
  }
  return name;
}

/** The front matter and body of an article file's text. */
export function parseArticleText(text: string, file: string): ArticleInput {
  const raw = withoutByteOrderMark(text);
  const match = FRONT_MATTER.exec(raw);
  if (!match) throw new ContentError(file, 'no front matter', 'start the file with a --- line, the front matter fields, and another --- line', 1);
  // The front matter's first line is the file's second, after "---".
  const meta = validateYaml(readYamlDocument(match[1]!, file, 2), articleSchema, file, 'front matter field');
  return { slug: slugOfFile(file, 'article'), file, meta, body: raw.slice(match[0].length), bodyLineOffset: match[0].split('\n').length - 1 };
}

/** The edition's text must equal the original in sources/ byte for byte. */
function checkVerbatim(article: Corpus['articles'][number], sourceFile: string): void {
  if (!existsSync(sourceFile)) {
    throw new ContentError(article.file, `the original ${sourceFile} named by "source" does not exist`, 'copy the original text there, unchanged', 1);
  }
  const difference = firstDifference(withoutFileConventions(readFileSync(sourceFile, 'utf8')), withoutFileConventions(rebuildOriginal(article.meta, article.paragraphs)));
  if (!difference) return;
  // Point at the paragraph that differs, or at the front matter when the header does.
  const paragraph = article.paragraphs[difference.line - HEADER_LINES - 1];
  throw new ContentError(
    article.file,
    `the edition's text differs from the original ${sourceFile} at ${difference.description}`,
    paragraph ? `make paragraph ${paragraph.n} (outside the tags) match the original exactly` : 'make the title, publication and byline in the front matter match the original',
    paragraph?.line ?? 1,
  );
}

/**
 * The files of a content folder with its extension. Any other file there is reported, not
 * skipped: an entity saved as pakistan.yml would otherwise vanish without a word. Names starting
 * with a dot (.DS_Store, an editor's swap file) are the system's, not content.
 */
function filesIn(directory: string, extension: string, errors: ContentError[]): string[] {
  if (!existsSync(directory)) return [];
  const names = readdirSync(directory).filter((name) => !name.startsWith('.')).sort();
  for (const name of names.filter((candidate) => !candidate.endsWith(extension))) {
    const stem = name.replace(/\.[^.]*$/, '');
    errors.push(new ContentError(join(directory, name), `this file is not read: files in ${directory}/ end in ${extension}`, `rename it to ${stem}${extension} if it is content, or move it out of ${directory}/`));
  }
  return names.filter((name) => name.endsWith(extension)).map((name) => join(directory, name));
}
