import { describe, expect, test } from 'vitest';
import { lastSentence, parseArticleMarkup } from '../../src/lib/article-markup.ts';
import type { ContentErrors } from '../../src/lib/content-error.ts';
import { errorOf } from './helpers.ts';

const GOOD = `
<Paragraph n={1}>
Talks in <Mention entity="dushanbe">Dushanbe</Mention> went well. Troops left (<Citation outlet="avesta" date="2004-09-17">Avesta, September 17</Citation>).

<Annotation id="p1-n1" kind="context" title="Where">
<Mention entity="dushanbe">Dushanbe</Mention> is the capital.[^p1-a]

[^p1-a]: A source, https://example.org/a
</Annotation>
</Paragraph>

<Paragraph n={2}>
Second paragraph.

<Annotation id="p2-n1" kind="aftermath" title="Later">
It ended.
</Annotation>
</Paragraph>
`;

describe('parseArticleMarkup on well-formed markup', () => {
  const markup = parseArticleMarkup(GOOD, 'good.mdx');

  test('keeps the original text verbatim, tags removed', () => {
    expect(markup.paragraphs.map((p) => p.text)).toEqual([
      'Talks in Dushanbe went well. Troops left (Avesta, September 17).',
      'Second paragraph.',
    ]);
  });

  test('records mentions with their offsets in the text', () => {
    const [mention] = markup.paragraphs[0]!.mentions;
    expect(mention).toMatchObject({ entity: 'dushanbe', text: 'Dushanbe', start: 9, end: 17 });
  });

  test('records a citation with its date and the sentence it supports', () => {
    expect(markup.paragraphs[0]!.citations[0]).toMatchObject({ outlet: 'avesta', date: '2004-09-17', text: 'Avesta, September 17', claim: 'Troops left' });
  });

  test('reads annotations with kind, paragraph, mentions and footnotes', () => {
    expect(markup.annotations.map((a) => [a.id, a.paragraph, a.kind, a.footnoteRefs.map((r) => r.label), a.mentions.map((m) => m.entity)])).toEqual([
      ['p1-n1', 1, 'context', ['p1-a'], ['dushanbe']],
      ['p2-n1', 2, 'aftermath', [], []],
    ]);
    expect(markup.annotations[0]!.text).toBe('Dushanbe is the capital.');
    expect(markup.footnoteDefinitions['p1-a']).toContain('https://example.org/a');
  });
});

describe('marks inside prose', () => {
  const markup = parseArticleMarkup(
    `<Paragraph n={1}>
On <When date="2004-09-20">September 20</When> he met them.

<Annotation id="p1-n1" kind="aftermath" title="Later">
Talks in *<Mention entity="dushanbe">Dushanbe</Mention>* on <When date="2004-12-01" until="2004-12-05">1–5 December 2004</When>.[^a] Then more.

- A list item in <When date="2005">2005</When>.

[^a]: A source, https://example.org/a
</Annotation>
</Paragraph>`,
    'marks.mdx',
  );

  test('a date in the original leaves the text untouched and is recorded with its offsets', () => {
    expect(markup.paragraphs[0]!.text).toBe('On September 20 he met them.');
    expect(markup.paragraphs[0]!.dates).toEqual([{ date: '2004-09-20', until: undefined, text: 'September 20', start: 3, end: 15, line: 2, sentence: { start: 0, end: 28 } }]);
  });

  test('an annotation reads through formatting and lists, block by block, with mention, date and footnote offsets', () => {
    const [note] = markup.annotations;
    expect(note!.text).toBe('Talks in Dushanbe on 1–5 December 2004. Then more.\n\nA list item in 2005.');
    expect(note!.mentions.map((m) => note!.text.slice(m.start, m.end))).toEqual(['Dushanbe']);
    expect(note!.dates.map((d) => [d.date, d.until, note!.text.slice(d.start, d.end)])).toEqual([
      ['2004-12-01', '2004-12-05', '1–5 December 2004'],
      ['2005', undefined, '2005'],
    ]);
    // Each date's sentence, for the chronology: the list item is a sentence of its own.
    expect(note!.dates.map((d) => note!.text.slice(d.sentence.start, d.sentence.end))).toEqual(['Talks in Dushanbe on 1–5 December 2004.', 'A list item in 2005.']);
    expect(note!.footnoteRefs).toEqual([{ label: 'a', at: note!.text.indexOf(' Then') }]);
  });

  test.each([
    ['a date that is not a date', '<When date="20 Sept">x</When>'],
    ['a span that ends before it starts', '<When date="2005" until="2004">x</When>'],
  ])('rejects %s', (_what, when) => {
    const error = errorOf(() => parseArticleMarkup(`<Paragraph n={1}>\nOn ${when}.\n</Paragraph>`, 'w.mdx'));
    expect(error.message).toContain('w.mdx:2: <When> in the original text of paragraph 1 needs date=');
  });
});

describe('parseArticleMarkup rejects bad markup with file, line and fix', () => {
  test.each([
    // [what is wrong, body, expected fragment, expected line]
    ['a duplicated paragraph number', '<Paragraph n={1}>\nA.\n</Paragraph>\n\n<Paragraph n={1}>\nB.\n</Paragraph>', 'paragraph number 1 is used twice', 5],
    ['a missing paragraph number', '<Paragraph n={1}>\nA.\n</Paragraph>\n\n<Paragraph n={3}>\nB.\n</Paragraph>', 'paragraph number 2 is missing', 5],
    ['formatting inside the original', '<Paragraph n={1}>\nA *bold* claim.\n</Paragraph>', '"emphasis" in the original text of paragraph 1', 2],
    ['text outside any paragraph', 'Stray words.\n\n<Paragraph n={1}>\nA.\n</Paragraph>', 'outside a <Paragraph>', 1],
    ['an annotation id of another paragraph', '<Paragraph n={1}>\nA.\n\n<Annotation id="p2-n1" kind="context" title="T">\nX.\n</Annotation>\n</Paragraph>', 'is not of the form p1-n<k>', 4],
    ['an unknown annotation kind', '<Paragraph n={1}>\nA.\n\n<Annotation id="p1-n1" kind="gossip" title="T">\nX.\n</Annotation>\n</Paragraph>', 'has kind "gossip"', 4],
    ['a citation without a date', '<Paragraph n={1}>\nA (<Citation outlet="avesta">Avesta</Citation>).\n</Paragraph>', 'needs outlet="slug" and date="YYYY-MM-DD"', 2],
    ['a mention without an entity', '<Paragraph n={1}>\nA <Mention>B</Mention>.\n</Paragraph>', '<Mention> needs an entity attribute', 2],
    ['a citation inside an annotation', '<Paragraph n={1}>\nA.\n\n<Annotation id="p1-n1" kind="context" title="T">\nX (<Citation outlet="a" date="2004-01-01">A</Citation>).\n</Annotation>\n</Paragraph>', '<Citation> inside annotation p1-n1', 5],
    ['a footnote that is never defined', '<Paragraph n={1}>\nA.\n\n<Annotation id="p1-n1" kind="context" title="T">\nX.[^nowhere]\n</Annotation>\n</Paragraph>', 'cites footnote [^nowhere], which the article does not define', 5],
    ['an empty body', '\n', 'the article has no paragraphs', 1],
    ['unparseable MDX', '<Paragraph n={1}>\nA <https://example.org>.\n</Paragraph>', 'the MDX cannot be parsed', 2],
  ])('%s', (_what, body, fragment, line) => {
    const error = errorOf(() => parseArticleMarkup(body, 'content/articles/bad.mdx'));
    expect(error.message).toContain(fragment);
    expect(error.message).toContain(`content/articles/bad.mdx:${line}:`);
    expect(error.message).toContain('Fix:');
  });

  test('a misnumbered paragraph is reported as such, before (and not as) its notes\' ids', () => {
    const body = '<Paragraph n={1}>\nA.\n</Paragraph>\n\n<Paragraph n={3}>\nB.\n\n<Annotation id="p2-n1" kind="context" title="T">\nX.\n</Annotation>\n</Paragraph>\n\n<Paragraph n={3}>\nC.\n</Paragraph>';
    const error = errorOf(() => parseArticleMarkup(body, 'bad.mdx')) as ContentErrors;
    expect(error.problems.map((problem) => [problem.line, problem.problem])).toEqual([
      // At the <Paragraph n> tags, where the numbers are written.
      [13, 'paragraph number 3 is used twice (also at line 5)'],
      [5, 'paragraph number 2 is missing: the 2nd <Paragraph> is numbered 3 (numbers must run 1 to 3)'],
    ]);
  });

  test('line numbers count the front matter before the body', () => {
    const error = errorOf(() => parseArticleMarkup('<Paragraph n={0}>\nA.\n</Paragraph>', 'x.mdx', 20));
    expect(error.message).toContain('x.mdx:21:');
  });
});

describe('warnings: what may be intended but is not published as written', () => {
  test('a footnote no note cites is a warning with its line, and is not published', () => {
    const body = '<Paragraph n={1}>\nA.\n\n<Annotation id="p1-n1" kind="context" title="T">\nX.[^used]\n</Annotation>\n</Paragraph>\n\n[^used]: Cited.\n\n[^spare]: A note to self.\n';
    const markup = parseArticleMarkup(body, 'a.mdx', 4);
    expect(markup.warnings).toEqual([{ file: 'a.mdx', line: 15, problem: 'footnote [^spare] is defined but no note cites it, so it is not published', fix: 'cite it with [^spare] in the note it supports, or delete the definition' }]);
    const published = Object.values(markup.html.blocks).join('');
    expect(published).toContain('Cited.');
    expect(published).not.toContain('A note to self');
  });

  test('an article whose footnotes are all cited has none', () => {
    expect(parseArticleMarkup(GOOD, 'good.mdx').warnings).toEqual([]);
  });
});

describe('lastSentence', () => {
  test.each([
    // [passage before a citation, expected claim]
    ['One thing. Another thing (', 'Another thing'],
    ['Only one sentence (', 'Only one sentence'],
    ['Tajikistan has received around $2.3 million in U.S. military assistance in 2004. These programs also seek reform (', 'These programs also seek reform'],
  ])('%j → %j', (passage, claim) => {
    expect(lastSentence(passage)).toBe(claim);
  });
});
