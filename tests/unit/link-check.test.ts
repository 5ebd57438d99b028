import { describe, expect, test } from 'vitest';
import { checkLinks, fileOfPath, fragmentId, internalTarget, pathOfFile, readPage, refreshTarget, type BuiltFiles } from '../../src/lib/link-check.ts';

const SITE = 'https://glossa.example.org';

describe('fragmentId', () => {
  test.each([
    ['#p3', 'p3'],
    ['p3', 'p3'],
    ['#p3:~:text=Tajikistan%20has', 'p3'],
    ['#:~:text=words', undefined],
    ['#', undefined],
    ['', undefined],
    ['#2004-09-17', '2004-09-17'],
    ['#%D0%90%D0%B2%D0%B5%D1%81%D1%82%D0%B0', 'Авеста'],
    ['#100%', '100%'],
  ])('%j → %j', (hash, id) => expect(fragmentId(hash)).toBe(id));
});

describe('internalTarget', () => {
  test.each([
    ['/articles/a/', '/entities/avesta/', { path: '/entities/avesta/' }],
    ['/articles/a/', '#p2-n1', { path: '/articles/a/', id: 'p2-n1' }],
    ['/articles/a/', 'cite/p3.bib', { path: '/articles/a/cite/p3.bib' }],
    ['/articles/a/', '../../entities/avesta/#2004-09-17', { path: '/entities/avesta/', id: '2004-09-17' }],
    ['/articles/a/', '/search/?q=Momirak', { path: '/search/' }],
    ['/entities/avesta/', `${SITE}/articles/a/#p3:~:text=Tajikistan%20has`, { path: '/articles/a/', id: 'p3' }],
    ['/', `${SITE}/`, { path: '/' }],
    ['/', '/entities/%D0%B0/', { path: '/entities/а/' }],
    ['/', 'https://jamestown.org/program/x/', undefined],
    ['/', '//cdn.example.com/x.js', undefined],
    ['/', 'mailto:editors@example.org', undefined],
    ['/', 'data:image/png;base64,AAAA', undefined],
  ])('on %s, %s → %j', (page, value, target) => expect(internalTarget(page, value, SITE)).toEqual(target));
});

describe('files and paths', () => {
  test.each([
    ['/', 'index.html'],
    ['/entities/', 'entities/index.html'],
    ['/articles/a/cite/p3.bib', 'articles/a/cite/p3.bib'],
    ['/entities', 'entities'],
  ])('fileOfPath(%s) = %s', (path, file) => expect(fileOfPath(path)).toBe(file));

  test.each([
    ['index.html', '/'],
    ['entities/avesta/index.html', '/entities/avesta/'],
    ['404.html', '/404.html'],
  ])('pathOfFile(%s) = %s', (file, path) => expect(pathOfFile(file)).toBe(path));

  test.each([
    ['0;url=/entities/itar-tass/', '/entities/itar-tass/'],
    ['0; URL=\'/x/\'', '/x/'],
    ['5', undefined],
  ])('refreshTarget(%j) = %j', (content, target) => expect(refreshTarget(content)).toBe(target));
});

describe('readPage', () => {
  test('finds ids, the URLs of every kind of element, srcset candidates and a refresh target', () => {
    const facts = readPage(`<!doctype html><html><head><meta http-equiv="refresh" content="0;url=/to/">
      <link rel="stylesheet" href="/_astro/a.css"><script src="/copy.js"></script>
      <script type="application/ld+json">{"url":"/not-a-link/"}</script></head>
      <body><h2 id="p1"><a href="#p1">1</a></h2><a name="old">x</a>
      <img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt=""><form action="/search/"></form>
      <a href="/x/?a=1&amp;b=2">y</a></body></html>`);
    expect([...facts.ids]).toEqual(['p1', 'old']);
    expect(facts.refresh).toBe('/to/');
    expect(facts.links.map((link) => `${link.where} ${link.value}`)).toEqual([
      'meta[http-equiv=refresh] /to/',
      'link[href] /_astro/a.css',
      'script[src] /copy.js',
      'a[href] #p1',
      'img[src] /a.png',
      'img[srcset] /a-1x.png',
      'img[srcset] /a-2x.png',
      'form[action] /search/',
      'a[href] /x/?a=1&b=2',
    ]);
  });
});

describe('checkLinks', () => {
  const page = (html: string) => readPage(html);
  const site: BuiltFiles = {
    files: new Set(['index.html', 'articles/a/index.html', 'articles/a/cite/p3.bib', 'entities/avesta/index.html', 'entities/avesta-tj/index.html', 'data/entities.json']),
    pages: new Map([
      ['articles/a/index.html', page('<h2 id="p3">3</h2><a href="#p3">3</a>')],
      ['entities/avesta/index.html', page('<h3 id="2004-09-17">x</h3>')],
      ['entities/avesta-tj/index.html', page('<meta http-equiv="refresh" content="0;url=/entities/avesta/"><a href="/entities/avesta/">x</a>')],
      ['index.html', page('<a href="/">home</a>')],
    ]),
  };
  const on = (html: string) => checkLinks({ files: site.files, pages: new Map([...site.pages, ['index.html', page(html)]]) }, SITE);

  test.each([
    ['a page', '<a href="/articles/a/">a</a>'],
    ['a paragraph', '<a href="/articles/a/#p3">a</a>'],
    ['a text fragment of a paragraph', `<a href="${SITE}/articles/a/#p3:~:text=Tajikistan%20has">a</a>`],
    ['a citation file', '<a href="/articles/a/cite/p3.bib" download>bib</a>'],
    ['a data file', '<a href="/data/entities.json">json</a>'],
    ['a report, through a redirect page', '<a href="/entities/avesta-tj/#2004-09-17">x</a>'],
    ['another site', '<a href="https://jamestown.org/missing/#nowhere">x</a>'],
    ['the top of the page', '<a href="#">top</a>'],
  ])('accepts a link to %s', (_, html) => expect(on(html)).toEqual([]));

  test.each([
    ['a missing page', '<a href="/entities/nobody/">x</a>', 'the build has no file entities/nobody/index.html'],
    ['a missing file', '<script src="/gone.js"></script>', 'the build has no file gone.js'],
    ['a missing anchor', '<a href="/articles/a/#p9">x</a>', '/articles/a/ has no element with id="p9"'],
    ['a missing anchor of a text fragment', `<a href="${SITE}/articles/a/#p9:~:text=x">x</a>`, '/articles/a/ has no element with id="p9"'],
    ['a missing anchor on the same page', '<a href="#nowhere">x</a>', '/ has no element with id="nowhere"'],
    ['a missing anchor behind a redirect', '<a href="/entities/avesta-tj/#2004-09-18">x</a>', '/entities/avesta-tj/ has no element with id="2004-09-18"'],
    ['an anchor in a file that is not a page', '<a href="/data/entities.json#x">x</a>', '#x points into data/entities.json, which is not an HTML page'],
    ['a page without its trailing slash', '<a href="/entities/avesta">x</a>', 'the build has no file entities/avesta'],
    ['a script URL', '<a href="javascript:alert(1)">x</a>', 'a script URL'],
  ])('reports a link to %s', (_, html, reason) => {
    expect(on(html).map((problem) => [problem.page, problem.reason])).toEqual([['/', reason]]);
  });
});
