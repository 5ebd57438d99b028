import { expect, test } from 'vitest';
import { LOCAL_ORIGIN, publishingOriginProblem, siteOrigin } from '../../src/lib/site-origin.ts';

test('without GLOSSA_SITE a build is for the local server', () => {
  expect(siteOrigin(undefined)).toBe(LOCAL_ORIGIN);
  expect(siteOrigin('https://edition.jamestown.org/')).toBe('https://edition.jamestown.org/');
});

test.each([
  [undefined, 'not set'],
  ['', 'not set'],
  ['glossa', 'not a web address'],
  ['ftp://files.jamestown.org/', 'not an http(s) address'],
  ['https://glossa.example.org', 'placeholder'],
  ['https://www.example.com/edition/', 'placeholder'],
  ['http://localhost:4321/', 'placeholder'],
  ['http://127.0.0.1:4321/', 'placeholder'],
  ['https://glossa.test/', 'placeholder'],
])('a published site cannot have the origin %s', (origin, fragment) => {
  expect(publishingOriginProblem(origin)).toContain(fragment);
});

test.each(['https://edition.jamestown.org/', 'https://someone.github.io/glossa/', 'https://examples.org/'])('%s can be published', (origin) => {
  expect(publishingOriginProblem(origin)).toBeUndefined();
});
