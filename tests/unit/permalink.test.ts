import { describe, expect, test } from 'vitest';
import { annotationUrl, articleCiteFileUrl, articleUrl, entityCiteFileUrl, entityUrl, paragraphUrl, parseArticleAnchor, reportUrl, textFragmentUrl } from '../../src/lib/permalink.ts';

// These shapes are published and cited: this table is the contract; never edit a row.
describe('permanent URLs', () => {
  test.each([
    [articleUrl('tajikistan-diversifies-its-security-assistance'), '/articles/tajikistan-diversifies-its-security-assistance/'],
    [paragraphUrl('tajikistan-diversifies-its-security-assistance', 3), '/articles/tajikistan-diversifies-its-security-assistance/#p3'],
    [annotationUrl('tajikistan-diversifies-its-security-assistance', 'p2-n1'), '/articles/tajikistan-diversifies-its-security-assistance/#p2-n1'],
    [entityUrl('sherali-khayrulloyev'), '/entities/sherali-khayrulloyev/'],
    [reportUrl('avesta', '2004-09-17'), '/entities/avesta/#2004-09-17'],
    [articleCiteFileUrl('tajikistan-diversifies-its-security-assistance', 'p3', 'ris'), '/articles/tajikistan-diversifies-its-security-assistance/cite/p3.ris'],
    [entityCiteFileUrl('avesta', 'bib'), '/entities/avesta/cite.bib'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));
});

describe('parseArticleAnchor', () => {
  test.each([
    ['p2', { paragraph: 2 }],
    ['p12-n3', { paragraph: 12, note: 3 }],
    ['p2-n', undefined],
    ['n3', undefined],
    ['about', undefined],
    ['xp2', undefined],
  ])('%s', (id, expected) => expect(parseArticleAnchor(id)).toEqual(expected));
});

describe('textFragmentUrl', () => {
  test.each([
    // [url, text, expected]
    ['/a/#p1', 'Short text here.', '/a/#p1:~:text=Short%20text%20here.'],
    ['/a/', 'In the aftermath of 9/11 and NATO’s renewed push, Tajikistan has sought more help, at a cost.', '/a/#:~:text=In%20the%20aftermath%20of,help%2C%20at%20a%20cost.'],
    ['/a/#p2', 'A well-known claim, then one more sentence that ends right here.', '/a/#p2:~:text=A%20well%2Dknown%20claim%2C%20then,that%20ends%20right%20here.'],
  ])('%s %j', (url, text, expected) => expect(textFragmentUrl(url, text)).toBe(expected));
});
