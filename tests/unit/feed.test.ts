import { expect, test } from 'vitest';
import { loadCorpus } from '../../src/lib/content-files.ts';
import { readEditionsLock } from '../../src/lib/editions.ts';
import { editionFeedItems } from '../../src/lib/feed.ts';

const absolute = (path: string) => `https://glossa.example.org${path}`;

test('the feed lists every published edition, newest first, linking its page and its entry of changes', () => {
  const corpus = loadCorpus('content');
  const items = editionFeedItems(corpus, absolute);
  const published = readEditionsLock('content');
  expect(items).toHaveLength(published.length);
  const [latest] = items;
  const newest = published.at(-1)!;
  expect(latest!.link).toBe(absolute(`/articles/${newest.article}/editions/${newest.number}/`));
  expect(latest!.title).toContain(`edition ${newest.number}, corrected`);
  expect(latest!.description).toContain(absolute(`/articles/${newest.article}/changes/#edition-${newest.number}`));
  expect(items.at(-1)!.title).toContain('first edition');
  expect(items.map((item) => item.pubDate.getTime())).toEqual([...items.map((item) => item.pubDate.getTime())].sort((a, b) => b - a));
});
