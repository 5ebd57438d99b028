import { describe, expect, test } from 'vitest';
import { isCalendarDate } from '../../src/lib/dates.ts';
import { parseArticleMarkup } from '../../src/lib/article-markup.ts';
import { entitySchema } from '../../src/lib/schema.ts';
import { errorOf } from './helpers.ts';

describe('isCalendarDate: only dates the calendar has', () => {
  test.each([
    ['2004', 'any', true],
    ['2004-09', 'any', true],
    ['2004-09-30', 'any', true],
    ['2004-02-29', 'day', true],
    ['2000-02-29', 'day', true],
    ['2004-13-45', 'day', false],
    ['2004-13', 'any', false],
    ['2004-00', 'any', false],
    ['2004-09-31', 'day', false],
    ['2026-02-30', 'day', false],
    ['1900-02-29', 'day', false],
    ['2004-09-00', 'day', false],
    ['2004-09', 'day', false],
    ['04-09-17', 'any', false],
    ['2004-9-17', 'any', false],
  ] as const)('%s (%s): %s', (text, precision, valid) => expect(isCalendarDate(text, precision)).toBe(valid));
});

describe('impossible dates are refused where they are written', () => {
  test('a <When> date, with the line and the date as written', () => {
    const message = errorOf(() => parseArticleMarkup('<Paragraph n={1}>\nOn <When date="2001-02-30">30 February</When> it rained.\n</Paragraph>\n', 'a.mdx')).message;
    expect(message).toContain('a.mdx:2: <When> in the original text of paragraph 1 needs date="YYYY", "YYYY-MM" or "YYYY-MM-DD", a date of the calendar');
    expect(message).toContain('date="2001-02-30"');
  });

  test('a citation date', () => {
    const message = errorOf(() => parseArticleMarkup('<Paragraph n={1}>\nIt rained (<Citation outlet="avesta" date="2004-09-31">Avesta, September 31</Citation>).\n</Paragraph>\n', 'a.mdx')).message;
    expect(message).toContain('a.mdx:2: <Citation> needs outlet="slug" and date="YYYY-MM-DD", a date of the calendar; it has date="2004-09-31"');
  });

  test("an outlet's report date in an entity file", () => {
    const result = entitySchema.safeParse({ type: 'source', name: 'Avesta', summary: 'A.', description: 'A.', outlet: { ownership: 'independent', country: 'tajikistan' }, reports: [{ date: '2004-09-31' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('a date of the calendar');
  });
});
