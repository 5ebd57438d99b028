/**
 * The CSL items the pages cite, each made by one function for its page and for the build's
 * prepareCitations, which formats them all beforehand (src/lib/cite.ts): an item made any other way
 * would miss what was prepared and be formatted again on its page.
 */
import { articleItem, entityItem, type CslItem } from '../lib/cite';
import { editionDate, type Article, type Corpus } from '../lib/corpus';
import { entityUrl } from '../lib/permalink';
import { absoluteUrl } from './content-root';

/** An edition's item, cited at `path`: the edition's own address, or the article's while it has none published. */
export const editionItem = (article: Article, path: string, site: URL | string | undefined): CslItem => articleItem(article.slug, article.meta, absoluteUrl(path, site));

/** A register entry's item, as of the register's date. */
export const registerItem = (corpus: Corpus, slug: string, site: URL | string | undefined): CslItem =>
  entityItem(slug, corpus.entities.get(slug)!.data, absoluteUrl(entityUrl(slug), site), editionDate(corpus));
