/** The corpus for the site: loaded and checked once per build, shared by every page. */
import { buildChronology, type ChronologyItem } from '../lib/chronology';
import { loadCorpus } from '../lib/content-files';
import type { Corpus } from '../lib/corpus';
import { contentRoot } from './content-root';

let corpus: Corpus | undefined;
let chronology: ChronologyItem[] | undefined;

/** The checked corpus; the first call loads it and fails the build on any content error. */
export function getCorpus(): Corpus {
  corpus ??= loadCorpus(contentRoot);
  return corpus;
}

/** Every dated item of the corpus, in order: built once, shared by /chronology/ and its year pages. */
export function getChronology(): ChronologyItem[] {
  chronology ??= buildChronology(getCorpus());
  return chronology;
}
