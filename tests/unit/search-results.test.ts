import { describe, expect, test } from 'vitest';
import { describeHit, facetOptions, matchedOnlyByShortPrefix, SECTIONS_PER_PAGE } from '../../src/lib/search-results.ts';

const section = (url: string, id: string | undefined, title: string, scores: number[], location = 0) => ({
  url,
  title,
  excerpt: `<mark>${title}</mark>`,
  ...(id ? { anchor: { id, location } } : {}),
  weighted_locations: scores.map((balanced_score) => ({ weight: 1, balanced_score })),
});

describe('describeHit', () => {
  test.each([
    // [hit, expected [label, title, context] of each passage]
    [{ meta: { title: 'Avesta' }, filters: { kind: ['Entity'], type: ['source'] } }, [['Entity · source', 'Avesta', undefined]]],
    [{ meta: { title: 'Chronology' }, filters: {} }, [['Page', 'Chronology', undefined]]],
    // An article without sub-results (no section matched) is one passage.
    [{ meta: { title: 'T', article: 'T', notes: '{}' }, filters: { kind: ['Article'] } }, [['Article', 'T', undefined]]],
  ])('%j', (hit, passages) => {
    const views = describeHit({ url: '/x/', excerpt: '<mark>x</mark>', ...hit });
    expect(views.map((view) => [view.label, view.title, view.context])).toEqual(passages);
  });

  test('an article contributes its best-matching paragraphs and notes, best first, each with its label and place', () => {
    const views = describeHit({
      url: '/articles/t/',
      excerpt: '',
      meta: { title: 'T', article: 'T', notes: JSON.stringify({ 'p2-n1': 'aftermath', 'p4-n2': 'textual' }) },
      filters: { kind: ['Article'] },
      sub_results: [
        section('/articles/t/', undefined, 'T', [1]),
        section('/articles/t/#p2', 'p2', 'T, paragraph 2', [5, 5]),
        section('/articles/t/#p2-n1', 'p2-n1', 'What followed', [20]),
        section('/articles/t/#p4-n2', 'p4-n2', 'A spelling', [3]),
      ],
    });
    expect(views).toHaveLength(SECTIONS_PER_PAGE);
    expect(views.map((view) => [view.url, view.label, view.title, view.context])).toEqual([
      ['/articles/t/#p2-n1', 'Editorial note · aftermath', 'What followed', 'T, paragraph 2'],
      ['/articles/t/#p2', 'Article paragraph', 'T, paragraph 2', undefined],
    ]);
  });

  test.each([
    ['context', 'Editorial note · context'],
    ['textual', 'Editorial note · textual note'],
    ['marginalia', 'Editorial note · marginalia'],
    ['constructor', 'Editorial note · constructor'],
  ])('a note of kind %s is labelled %s, as its heading names it on the page, in lower case', (kind, label) => {
    const [view] = describeHit({
      url: '/articles/t/',
      excerpt: '',
      meta: { title: 'T', article: 'T', notes: JSON.stringify({ 'p1-n1': kind }) },
      filters: { kind: ['Article'] },
      sub_results: [section('/articles/t/#p1-n1', 'p1-n1', 'A note', [5])],
    });
    expect(view!.label).toBe(label);
  });

  test('a short section dense in the words outranks a long one that mentions them in passing, and the weight of the original counts once', () => {
    const hit = {
      url: '/articles/t/',
      excerpt: '',
      meta: { title: 'T', article: 'T', notes: JSON.stringify({ 'p1-n1': 'context' }) },
      filters: { kind: ['Article'] },
      anchors: [{ id: 'p1', location: 10 }, { id: 'p1-n1', location: 410 }],
      word_count: 450,
      sub_results: [
        { ...section('/articles/t/#p1', 'p1', 'T, paragraph 1', [], 10), weighted_locations: [{ weight: 4, balanced_score: 16 * 100 }, { weight: 4, balanced_score: 16 * 100 }] },
        section('/articles/t/#p1-n1', 'p1-n1', 'A note', [100, 100], 410),
        section('/articles/t/', undefined, 'T', [1]),
      ],
    };
    // The paragraph: 400 words, its two words count 4 × 100 each; the note: 40 words, two words of 100.
    expect(describeHit(hit).map((view) => view.url)).toEqual(['/articles/t/#p1-n1', '/articles/t/#p1']);
  });
});

describe('facetOptions', () => {
  test.each([
    // [counts, selected, expected]
    [{ Entity: 3, Article: 5 }, [], [{ value: 'Article', count: 5, checked: false }, { value: 'Entity', count: 3, checked: false }]],
    [{ Entity: 0, Chronology: 1 }, ['Entity'], [{ value: 'Chronology', count: 1, checked: false }, { value: 'Entity', count: 0, checked: true }]],
    [undefined, [], []],
  ])('%j with %j selected', (counts, selected, expected) => expect(facetOptions(counts, selected)).toEqual(expected));
});

describe('matchedOnlyByShortPrefix', () => {
  const hit = (...marks: string[]) => ({ excerpt: marks.map((mark) => `as <mark>${mark}</mark> here`).join(' '), sub_results: [] });
  test.each([
    ['a word the index lacks, matched by its one-letter prefix', hit('c.'), 'chromodynamics', true],
    ['two words, each matched by a short prefix', hit('c.', 'a'), 'quantum chromodynamics', true],
    ['a real word matched beside a short prefix', hit('c.', 'Dushanbe'), 'chromodynamics Dushanbe', false],
    ['a longer prefix, as the fallback was made for', hit('instal'), 'installa', false],
    ['a short word the reader typed', hit('U.S.'), 'U.S. aid', false],
    ['a hit without marks (its title matched)', hit(), 'Khatlon', false],
  ])('%s', (_case, data, term, dropped) => expect(matchedOnlyByShortPrefix(data, term)).toBe(dropped));
});
