import { describe, expect, test } from 'vitest';
import { describeHit, facetOptions } from '../../src/lib/search-results.ts';

describe('describeHit', () => {
  test.each([
    // [hit, expected label, expected context]
    [{ meta: { title: 'T, paragraph 2', article: 'T', paragraph: '2' }, filters: { kind: ['Article paragraph'] } }, 'Article paragraph', undefined],
    [{ meta: { title: 'A note', article: 'T', paragraph: '4', note: 'aftermath' }, filters: { kind: ['Editorial note'] } }, 'Editorial note · aftermath', 'T, paragraph 4'],
    [{ meta: { title: 'Avesta' }, filters: { kind: ['Entity'], type: ['source'] } }, 'Entity · source', undefined],
    [{ meta: { title: 'T', article: 'T' }, filters: { kind: ['Article'] } }, 'Article', undefined],
    [{ meta: { title: 'Chronology' }, filters: {} }, 'Page', undefined],
  ])('%j', (hit, label, context) => {
    const view = describeHit({ url: '/x/', excerpt: '<mark>x</mark>', ...hit });
    expect(view.label).toBe(label);
    expect(view.context).toBe(context);
    expect(view.title).toBe(hit.meta.title);
  });
});

describe('facetOptions', () => {
  test.each([
    // [counts, selected, expected]
    [{ Entity: 3, 'Article paragraph': 5 }, [], [{ value: 'Article paragraph', count: 5, checked: false }, { value: 'Entity', count: 3, checked: false }]],
    [{ Entity: 0, Chronology: 1 }, ['Entity'], [{ value: 'Chronology', count: 1, checked: false }, { value: 'Entity', count: 0, checked: true }]],
    [undefined, [], []],
  ])('%j with %j selected', (counts, selected, expected) => expect(facetOptions(counts, selected)).toEqual(expected));
});
