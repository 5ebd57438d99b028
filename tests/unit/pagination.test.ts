import { describe, expect, test } from 'vitest';
import { hasListPages, laterPagePaths, PAGE_SIZE, pageLinks, paginate, shownOnEntityPage } from '../../src/lib/pagination.ts';
import { chronologyYearUrl, entityMentionsUrl, entityNotesUrl, homePageUrl, listPageUrl, sourcesPageUrl } from '../../src/lib/permalink.ts';

describe('paginate', () => {
  test('cuts a list into pages of the size given, the last one shorter', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  test('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  test('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => paginate([1], 0)).toThrow(/page size/);
  });
});

describe('shownOnEntityPage', () => {
  test.each([
    [0, 0, false],
    [1, 1, false],
    [PAGE_SIZE.entityInline, PAGE_SIZE.entityInline, false],
    [PAGE_SIZE.entityInline + 1, PAGE_SIZE.entityPreview, true],
    [5_712, PAGE_SIZE.entityPreview, true],
  ])('of %i sites, an entity page shows %i; pages of their own: %s', (count, shown, ownPages) => {
    expect(shownOnEntityPage(count)).toBe(shown);
    expect(hasListPages(count)).toBe(ownPages);
  });
});

describe('laterPagePaths', () => {
  test('routes pages 2, 3, … by number, page 1 being the list itself, each with its key', () => {
    const paths = laterPagePaths(paginate(['a', 'b', 'c', 'd', 'e'], 2), (page) => page.items.join(''));
    expect(paths.map((path) => [path.params.page, path.props.page.items, path.cacheKey])).toEqual([['2', ['c', 'd'], 'cd'], ['3', ['e'], 'e']]);
  });

  test('a list of one page has no later pages', () => {
    expect(laterPagePaths(paginate(['a'], 2), () => 'key')).toEqual([]);
  });
});

describe('pageLinks', () => {
  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, 0, 10]],
    [5, 10, [1, 0, 3, 4, 5, 6, 7, 0, 10]],
    [10, 10, [1, 0, 8, 9, 10]],
  ])('page %i of %i: %j (0 is a gap)', (current, count, expected) => expect(pageLinks(current, count)).toEqual(expected));
});

// The shapes of paginated URLs are permanent, like those in permalink.test.ts.
describe('paginated URLs', () => {
  test.each([
    [homePageUrl(1), '/'],
    [homePageUrl(2), '/page/2/'],
    [sourcesPageUrl(1), '/sources/'],
    [sourcesPageUrl(3), '/sources/page/3/'],
    [chronologyYearUrl('2004'), '/chronology/2004/'],
    [chronologyYearUrl('2004', 2), '/chronology/2004/page/2/'],
    [entityMentionsUrl('tajikistan'), '/entities/tajikistan/mentions/'],
    [entityMentionsUrl('tajikistan', 4), '/entities/tajikistan/mentions/page/4/'],
    [entityNotesUrl('tajikistan', 2), '/entities/tajikistan/notes/page/2/'],
    [listPageUrl('/x/', 1), '/x/'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));
});
