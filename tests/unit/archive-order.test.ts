/** The archive's orders (src/lib/archive-order.ts). */
import { expect, test } from 'vitest';
import { byDate, sortByArticleDate } from '../../src/lib/archive-order.ts';
import type { Article } from '../../src/lib/corpus.ts';

const article = (slug: string, date: string) => ({ slug, meta: { published: { date } } }) as Article;

test('sortByArticleDate orders items by their article’s date, then slug, each article’s items kept in their order', () => {
  const [late, early, sameDay, otherSameDay] = [article('late', '2005-01-02'), article('early', '2004-03-01'), article('b-same', '2004-06-01'), article('a-same', '2004-06-01')];
  const items = [late, early, sameDay, late, otherSameDay, early, sameDay, late].map((of, index) => ({ article: of, index }));
  const sorted = sortByArticleDate(items);
  expect(sorted.map(({ article: of, index }) => `${of.slug} ${index}`)).toEqual(['early 1', 'early 5', 'a-same 4', 'b-same 2', 'b-same 6', 'late 0', 'late 3', 'late 7']);
  // What a stable sort item by item gives.
  expect(sorted).toEqual([...items].sort((a, b) => byDate(a.article, b.article)));
  expect(items.map(({ index }) => index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
});
