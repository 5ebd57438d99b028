import { describe, expect, test } from 'vitest';
import { annotationUrl, articleUrl, entityUrl, paragraphUrl, reportUrl } from '../../src/lib/permalink.ts';

// These shapes are published and cited: this table is the contract; never edit a row.
describe('permanent URLs', () => {
  test.each([
    [articleUrl('tajikistan-diversifies-its-security-assistance'), '/articles/tajikistan-diversifies-its-security-assistance/'],
    [paragraphUrl('tajikistan-diversifies-its-security-assistance', 3), '/articles/tajikistan-diversifies-its-security-assistance/#p3'],
    [annotationUrl('tajikistan-diversifies-its-security-assistance', 'p2-n1'), '/articles/tajikistan-diversifies-its-security-assistance/#p2-n1'],
    [entityUrl('sherali-khayrulloyev'), '/entities/sherali-khayrulloyev/'],
    [reportUrl('avesta', '2004-09-17'), '/entities/avesta/#2004-09-17'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));
});
