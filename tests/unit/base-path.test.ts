import { expect, test } from 'vitest';
import { htmlUnderBase, normalizeBase, siteBase, underBase, withoutBase } from '../../src/lib/base-path.ts';

test.each([
  [undefined, '/'],
  ['', '/'],
  ['/', '/'],
  ['glossa', '/glossa/'],
  ['/glossa', '/glossa/'],
  ['/some/prefix/', '/some/prefix/'],
])('normalizeBase(%s) is %s', (base, expected) => expect(normalizeBase(base)).toBe(expected));

test('the base comes from GLOSSA_BASE, or the path of GLOSSA_SITE', () => {
  expect(siteBase('/x/', 'https://user.github.io/glossa/')).toBe('/x/');
  expect(siteBase(undefined, 'https://user.github.io/glossa/')).toBe('/glossa/');
  expect(siteBase(undefined, 'https://edition.jamestown.org')).toBe('/');
  expect(siteBase(undefined, undefined)).toBe('/');
});

test.each([
  ['/articles/x/', '/glossa/articles/x/'],
  ['/', '/glossa/'],
  ['/glossa/articles/x/', '/glossa/articles/x/'],
  ['#p3', '#p3'],
  ['https://example.net/', 'https://example.net/'],
  ['//cdn.example.net/a.js', '//cdn.example.net/a.js'],
])('underBase("/glossa/", %s) is %s', (path, expected) => expect(underBase('/glossa/', path)).toBe(expected));

test('withoutBase reverses underBase, and says when a path is outside the base', () => {
  expect(withoutBase('/glossa/', '/glossa/articles/x/')).toBe('/articles/x/');
  expect(withoutBase('/glossa/', '/glossa')).toBe('/');
  expect(withoutBase('/glossa/', '/articles/x/')).toBeUndefined();
  expect(withoutBase('/', '/articles/x/')).toBe('/articles/x/');
  expect(underBase('/', '/articles/x/')).toBe('/articles/x/');
});

test('htmlUnderBase puts every link to the site under the base, once, and leaves the rest', () => {
  const page = '<a href="/entities/x/">X</a><a href="#p3">¶</a><a href="https://example.net/">out</a><img src="/icon.svg"><form action="/search/"></form><meta http-equiv="refresh" content="0; url=/entities/x/"><a href="/glossa/_astro/a.css">';
  expect(htmlUnderBase(page, '/glossa/')).toBe('<a href="/glossa/entities/x/">X</a><a href="#p3">¶</a><a href="https://example.net/">out</a><img src="/glossa/icon.svg"><form action="/glossa/search/"></form><meta http-equiv="refresh" content="0; url=/glossa/entities/x/"><a href="/glossa/_astro/a.css">');
  expect(htmlUnderBase(page, '/')).toBe(page);
});
