/** The archive's orders (src/lib/archive-order.ts). */
import { expect, test } from 'vitest';
import { byDate } from '../../src/lib/archive-order.ts';
import type { Article } from '../../src/lib/corpus.ts';

const article = (slug: string, date: string) => ({ slug, meta: { published: { date } } }) as Article;

test('byDate orders articles by their date, then slug', () => {
  const [late, early, sameDay, otherSameDay] = [article('late', '2005-01-02'), article('early', '2004-03-01'), article('b-same', '2004-06-01'), article('a-same', '2004-06-01')];
  expect([late, early, sameDay, otherSameDay].sort(byDate).map(({ slug }) => slug)).toEqual(['early', 'a-same', 'b-same', 'late']);
});
