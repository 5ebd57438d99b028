import { describe, expect, test } from 'vitest';
import { closestName, nameShard, nameShards } from '../../src/lib/search-names.ts';

const shards = nameShards(['Sherali Khayrulloyev', 'Khairulloyev', 'Dushanbe', 'Душанбе', 'Zenon Kuhchak', 'NATO’s', 'US']);

describe('nameShards', () => {
  test('each spelling and each word of it, four letters or more, under its first letter', () => {
    expect(shards.get('s')).toEqual(['Sherali', 'Sherali Khayrulloyev']);
    expect(shards.get('k')).toEqual(['Khairulloyev', 'Khayrulloyev', 'Kuhchak']);
    expect(shards.get(nameShard('Душанбе'))).toEqual(['Душанбе']);
    expect(shards.get('n')).toEqual(['NATO']);
    expect([...shards.values()].flat()).not.toContain('US');
  });
});

describe('closestName', () => {
  test.each<[string, string, string | undefined]>([
    ['a letter dropped', 'Khayruloyev', 'Khayrulloyev'],
    ['two letters changed', 'Khairuloyef', 'Khairulloyev'],
    ['a letter changed', 'Dushambe', 'Dushanbe'],
    ['a letter dropped from a word of a name', 'Kuchak', 'Kuhchak'],
    ['in any case', 'dushambe', 'Dushanbe'],
    ['a spelling the register has is not corrected', 'Khairulloyev', undefined],
    ['too far from any name', 'Kabul', undefined],
    ['a short word, one edit away', 'Natt', 'NATO'],
    ['a short word two edits away is too far', 'Nakk', undefined],
  ])('%s: %s → %s', (_case, term, expected) => {
    expect(closestName(term, shards.get(nameShard(term)) ?? [])).toBe(expected);
  });
});
