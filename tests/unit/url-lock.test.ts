import { describe, expect, test } from 'vitest';
import {
  isPublishedFile,
  addToLock,
  describeMissing,
  missingUrls,
  pageFromHtml,
  parseHostRedirects,
  parseLock,
  pathOfHtmlFile,
  permanentIds,
  publishedUrls,
  serializeLock,
  sortEntries,
  type BuiltPage,
  type HostRedirect,
  type LockEntry,
} from '../../src/lib/url-lock.ts';
import { errorOf } from './helpers.ts';

const ARTICLE = '/articles/an-article/';

describe('permanentIds: only the anchors the permalink rules publish', () => {
  test.each([
    [ARTICLE, ['main', 'p1', 'p1-n1', 'p12-n10', 'summary-heading', 'user-content-fn-p1-a', 'p1-n', 'xp1'], ['p1', 'p1-n1', 'p12-n10']],
    ['/entities/avesta/', ['main', 'about', 'reports', '2004-09-17', '2004-9-17', 'p1'], ['2004-09-17']],
    ['/entities/', ['main', 'person', 'organization', 'place', 'source', 'event', 'other'], ['person', 'organization', 'place', 'source', 'event']],
    // The types are register sections only; an entity page's "source" id would not be one.
    ['/entities/avesta/', ['person', 'source'], []],
    ['/chronology/', ['y2004', '2004-09-17', 'p1'], []],
    ['/', ['main', 'editions', 'register', 'search'], []],
    [ARTICLE, ['p1', 'p1'], ['p1']],
    [`${ARTICLE}editions/2/`, ['main', 'p1', 'p1-n1'], ['p1', 'p1-n1']],
  ])('%s %j → %j', (path, ids, expected) => expect(permanentIds(path, ids)).toEqual(expected));
});

describe('isPublishedFile: the files whose URLs are locked besides pages', () => {
  test.each([
    ['data/entities.json', true],
    ['data/articles/a-title.json', true],
    ['data/articles/a-title.csl.json', true],
    ['data/annotations/a-title.jsonld', true],
    ['data/entities/avesta.json', true],
    ['articles/a-title/cite/article.bib', true],
    ['articles/a-title/cite/p3.ris', true],
    ['entities/avesta/cite.json', true],
    ['sitemap-index.xml', true],
    ['data/previews/av.json', false],
    ['_astro/Base.abc123.css', false],
    ['pagefind/pagefind.js', false],
    ['theme.js', false],
    ['_redirects', false],
  ])('%s: %s', (file, published) => expect(isPublishedFile(file)).toBe(published));
});

describe('pathOfHtmlFile', () => {
  test.each([
    ['index.html', '/'],
    ['entities/index.html', '/entities/'],
    ['articles/an-article/index.html', '/articles/an-article/'],
    ['entities\\avesta\\index.html', '/entities/avesta/'],
    ['404.html', '/404.html'],
  ])('%s → %s', (file, path) => expect(pathOfHtmlFile(file)).toBe(path));
});

describe('pageFromHtml', () => {
  const astroRedirectPage = `<!doctype html>
<title>Redirecting to: /entities/sherali-khayrulloyev/</title>
<meta http-equiv="refresh" content="0;url=/entities/sherali-khayrulloyev/">
<meta name="robots" content="noindex">
<link rel="canonical" href="https://glossa.example.org/entities/sherali-khayrulloyev/">
<body><a href="/entities/sherali-khayrulloyev/">Redirecting</a></body>`;
  test.each([
    ['a page: every id, in order', '<main id="main"><h2 class="x" id="p1">1</h2><aside id=\'p1-n1\' data-id="no">', { path: '/x/', ids: ['main', 'p1', 'p1-n1'] }],
    ['ids are unescaped', '<h3 id="a&amp;b">', { path: '/x/', ids: ['a&b'] }],
    ['an Astro redirect page', astroRedirectPage, { path: '/x/', ids: [], redirect: '/entities/sherali-khayrulloyev/' }],
    ['a refresh written otherwise', "<meta content='0; URL=/b/#p2' http-equiv='refresh'>", { path: '/x/', ids: [], redirect: '/b/#p2' }],
    ['text that mentions id= is no id', '<p>write id="p1" in the tag</p>', { path: '/x/', ids: [] }],
  ])('%s', (_, html, expected) => expect(pageFromHtml('/x/', html)).toEqual(expected));
});

test('parseHostRedirects reads "/from /to [status]" lines, skipping comments and blank lines', () => {
  expect(parseHostRedirects('# comment\n/a/ /b/ 301\n\n/c/   /d/\n/e/ /f/ 302 # temporary\n')).toEqual([
    { from: '/a/', to: '/b/', status: 301 },
    { from: '/c/', to: '/d/', status: 301 },
    { from: '/e/', to: '/f/', status: 302 },
  ]);
});

const pages: BuiltPage[] = [
  { path: '/', ids: ['main'] },
  { path: ARTICLE, ids: ['main', 'p2', 'p10', 'p1', 'p1-n1', 'footnote-label'] },
  { path: '/entities/', ids: ['person', 'place'] },
  { path: '/entities/avesta/', ids: ['about', '2004-09-17'] },
  { path: '/entities/avesta-tj/', ids: [], redirect: '/entities/avesta/' },
];

test('publishedUrls: each page, its permanent anchors in natural order, and each redirect page with its target', () => {
  expect(publishedUrls(pages)).toEqual([
    { url: '/' },
    { url: ARTICLE },
    { url: `${ARTICLE}#p1` },
    { url: `${ARTICLE}#p1-n1` },
    { url: `${ARTICLE}#p2` },
    { url: `${ARTICLE}#p10` },
    { url: '/entities/' },
    { url: '/entities/#person' },
    { url: '/entities/#place' },
    // Paths compare character by character: "-" sorts before "/".
    { url: '/entities/avesta-tj/', redirect: '/entities/avesta/' },
    { url: '/entities/avesta/' },
    { url: '/entities/avesta/#2004-09-17' },
  ]);
});

describe('addToLock: adds, never removes', () => {
  test.each([
    ['an empty lock takes every URL', [], [{ url: '/' }, { url: '/b/' }], [{ url: '/' }, { url: '/b/' }], [{ url: '/' }, { url: '/b/' }]],
    ['a URL gone from the site stays locked', [{ url: '/gone/' }], [{ url: '/' }], [{ url: '/' }, { url: '/gone/' }], [{ url: '/' }]],
    ['a locked entry is kept as it is', [{ url: '/old/', redirect: '/new/' }], [{ url: '/old/' }, { url: '/new/' }], [{ url: '/new/' }, { url: '/old/', redirect: '/new/' }], [{ url: '/new/' }]],
    ['nothing new: nothing added', [{ url: '/' }], [{ url: '/' }], [{ url: '/' }], []],
  ] as [string, LockEntry[], LockEntry[], LockEntry[], LockEntry[]][])('%s', (_, lock, site, expectedLock, expectedAdded) => {
    expect(addToLock(lock, site)).toEqual({ lock: expectedLock, added: expectedAdded });
  });
});

describe('missingUrls', () => {
  const hostRedirects: HostRedirect[] = [
    { from: '/entities/moved/', to: '/entities/avesta/', status: 301 },
    { from: '/entities/temporary/', to: '/entities/avesta/', status: 200 },
  ];
  test.each([
    ['a page that is there', { url: ARTICLE }, undefined],
    ['an anchor that is there', { url: `${ARTICLE}#p1-n1` }, undefined],
    ['a page that is not', { url: '/entities/dropped/' }, 'the build has no page at /entities/dropped/'],
    ['an anchor that is not', { url: `${ARTICLE}#p1-n2` }, `${ARTICLE} has no element with id="p1-n2"`],
    ['an id that is not permanent is still checked when locked', { url: `${ARTICLE}#footnote-label` }, undefined],
    ['a page turned into a redirect the lock does not name', { url: '/entities/avesta-tj/' }, '/entities/avesta-tj/ is now a redirect to /entities/avesta/, which the lock does not name'],
    ['a redirect page that the lock names', { url: '/entities/avesta-tj/', redirect: '/entities/avesta/' }, undefined],
    ['a host-level redirect that the lock names', { url: '/entities/moved/', redirect: '/entities/avesta/' }, undefined],
    ['an anchor carried by a redirect', { url: '/entities/moved/#2004-09-17', redirect: '/entities/avesta/#2004-09-17' }, undefined],
    ['an anchor carried by a redirect, the target keeping the anchor', { url: '/entities/moved/#2004-09-17', redirect: '/entities/avesta/' }, undefined],
    ['an anchor lost behind a redirect', { url: '/entities/moved/#2004-09-18', redirect: '/entities/avesta/#2004-09-18' }, '/entities/moved/ redirects to /entities/avesta/, but /entities/avesta/ has no element with id="2004-09-18"'],
    ['a redirect the lock names but the site lacks', { url: '/entities/renamed/', redirect: '/entities/avesta/' }, 'the build has no page at /entities/renamed/ and no redirect from it to /entities/avesta/'],
    ['a redirect elsewhere than the lock says', { url: '/entities/avesta-tj/', redirect: '/' }, '/entities/avesta-tj/ redirects to /entities/avesta/, not to / as the lock says'],
    ['a _redirects line that is no redirect (200) does not count', { url: '/entities/temporary/', redirect: '/entities/avesta/' }, 'the build has no page at /entities/temporary/ and no redirect from it to /entities/avesta/'],
    ['a moved URL whose page is back is served', { url: ARTICLE, redirect: '/elsewhere/' }, undefined],
  ] as [string, LockEntry, string | undefined][])('%s', (_, entry, reason) => {
    expect(missingUrls([entry], pages, hostRedirects)).toEqual(reason === undefined ? [] : [{ entry, reason }]);
  });

  test('a redirect whose target itself redirects is followed', () => {
    const chain: BuiltPage[] = [...pages, { path: '/older/', ids: [], redirect: '/entities/avesta-tj/' }];
    expect(missingUrls([{ url: '/older/#2004-09-17', redirect: '/entities/avesta-tj/' }], chain)).toEqual([]);
  });
});

test('describeMissing lists each lost URL with its reason, and says how to fix it', () => {
  const message = describeMissing([
    { entry: { url: '/entities/dropped/' }, reason: 'the build has no page at /entities/dropped/' },
    { entry: { url: '/entities/renamed/', redirect: '/entities/avesta/' }, reason: 'no redirect' },
  ]);
  expect(message).toContain('lost 2 published URLs listed in urls.lock.json');
  expect(message).toContain('  /entities/dropped/: the build has no page at /entities/dropped/');
  expect(message).toContain('  /entities/renamed/ (→ /entities/avesta/): no redirect');
  expect(message).toContain('restore it');
  expect(message).toContain('add a redirect in the site');
  expect(message).toContain('{ "url": "/old/", "redirect": "/new/" }');
  expect(describeMissing([])).toBe('The built site serves every URL in urls.lock.json.');
});

test('sortEntries: by path, the page first, anchors in natural order', () => {
  const urls = ['/b/', '/a/#p10', '/a/#p2-n1', '/a/', '/a/#p2', '/a/#p1-n10', '/a/#p1-n2'];
  expect(sortEntries(urls.map((url) => ({ url }))).map((entry) => entry.url)).toEqual(['/a/', '/a/#p1-n2', '/a/#p1-n10', '/a/#p2', '/a/#p2-n1', '/a/#p10', '/b/']);
});

describe('the lock file', () => {
  test('round-trips, one entry a line', () => {
    const entries: LockEntry[] = [{ url: '/' }, { url: '/a/#p1' }, { url: '/old/', redirect: '/new/' }];
    const text = serializeLock(entries);
    expect(parseLock(text)).toEqual(entries);
    expect(text).toContain('\n    { "url": "/a/#p1" },\n');
    expect(text).toContain('\n    { "url": "/old/", "redirect": "/new/" }\n');
  });

  test.each([
    ['not JSON', '{', 'urls.lock.json is not valid JSON'],
    ['no list', '{"url": "/"}', 'must be an object with a "urls" list'],
    ['a URL that is no path', '{"urls": [{"url": "https://example.org/"}]}', 'entry 1: "url" must be a path starting with /'],
    ['a bad redirect', '{"urls": [{"url": "/a/", "redirect": 3}]}', 'entry 1 (/a/): "redirect" must be a path'],
    ['an unknown field', '{"urls": [{"url": "/a/", "to": "/b/"}]}', 'unknown field "to"'],
    ['a URL listed twice', '{"urls": [{"url": "/a/"}, {"url": "/a/"}]}', 'entry 2: /a/ is listed twice'],
  ])('refuses %s', (_, text, fragment) => expect(errorOf(() => parseLock(text)).message).toContain(fragment));
});
