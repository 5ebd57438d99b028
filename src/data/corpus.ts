/** The corpus for the site: loaded and checked once per build, shared by every page. */
import { loadCorpus } from '../lib/content-files';
import type { Corpus } from '../lib/corpus';
import { contentRoot } from './content-root';

let corpus: Corpus | undefined;

/** The checked corpus; the first call loads it and fails the build on any content error. */
export function getCorpus(): Corpus {
  corpus ??= loadCorpus(contentRoot);
  return corpus;
}
