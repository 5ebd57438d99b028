/** The corpus for the site: loaded and checked once per build, shared by every page. */
import { buildChronology, type ChronologyItem } from '../lib/chronology';
import { byPublicationAndDate } from '../lib/archive-order';
import type { Article, Corpus } from '../lib/corpus';
import { paginate, type ListPage } from '../lib/pagination';
import { loadSiteCorpus } from './content-root';

let corpus: Corpus | undefined;
let chronology: ChronologyItem[] | undefined;
let archiveOrder: Article[] | undefined;

/** The checked corpus; the first call loads it and fails the build on any content error. */
export function getCorpus(): Corpus {
  corpus ??= loadSiteCorpus();
  return corpus;
}

/** The published editions in the archive's order (by publication, then date): the home page's and the ledger's; drafts are not listed. */
export function getArchiveOrder(): Article[] {
  archiveOrder ??= getCorpus().articles.filter((article) => !article.meta.draft).sort(byPublicationAndDate);
  return archiveOrder;
}

/** The editions in the archive's order on pages of `size`, as the home page and the ledger list them. */
export const editionPages = (size: number): ListPage<Article>[] => paginate(getArchiveOrder(), size);

/** Every dated item of the corpus, in order: built once, shared by /chronology/ and its year pages. */
export function getChronology(): ChronologyItem[] {
  chronology ??= buildChronology(getCorpus());
  return chronology;
}
