import { describe, expect, test } from 'vitest';
import { findCitations, findNames, indexRegister, isSpellingOf, tagParagraph } from '../../src/lib/mention-matcher.ts';

const REGISTER = [
  { slug: 'russia', spellings: ['Russia', 'Russian Federation'] },
  { slug: '201st', spellings: ['201st Motorized Rifle Division', 'Russian 201st Motorized Rifle Division'] },
  { slug: 'nato', spellings: ['NATO', 'the Alliance'] },
  { slug: 'united-states', spellings: ['United States', 'U.S.', 'US'] },
  { slug: 'khayrulloyev', spellings: ['Sherali Khayrulloyev', 'Khayrulloyev', 'Khairulloyev', 'Хайруллоев'] },
  { slug: 'khatlon', spellings: ['Khatlon Region'] },
  { slug: 'sept-11', spellings: ['9/11'] },
  { slug: 'georgia-country', spellings: ['Georgia'] },
  { slug: 'georgia-state', spellings: ['Georgia'] },
  { slug: 'border', spellings: ['Tajik-Afghan border', 'border'] },
  { slug: 'avesta', spellings: ['Avesta'] },
  { slug: 'asia-plus', spellings: ['Asia-Plus', 'Asia Plus'] },
];
const index = indexRegister(REGISTER);
const names = (text: string) => findNames(text, index).found.map(({ entity, text: words }) => [entity, words]);
const held = (text: string) => findNames(text, index).held.map(({ text: words, reason, entities }) => [words, reason, entities]);

describe('findNames', () => {
  test.each<[string, string, string[][]]>([
    ['the longest name wins over the name inside it', 'units of the Russian 201st Motorized Rifle Division and Russia', [['201st', 'Russian 201st Motorized Rifle Division'], ['russia', 'Russia']]],
    ['a possessive: the name without its ’s', 'NATO’s renewed emphasis', [['nato', 'NATO']]],
    ['only on word boundaries', 'Russian analysts and Russians', []],
    ['a variant in Cyrillic', 'министр Хайруллоев заявил', [['khayrulloyev', 'Хайруллоев']]],
    ['a transliteration variant', 'EurasiaNet writes Khairulloyev', [['khayrulloyev', 'Khairulloyev']]],
    ['full name before surname', 'Sherali Khayrulloyev met Khayrulloyev', [['khayrulloyev', 'Sherali Khayrulloyev'], ['khayrulloyev', 'Khayrulloyev']]],
    ['a name in another case', 'in the southern Khatlon region', [['khatlon', 'Khatlon region']]],
    ['an acronym only as written: “us” is not the United States', 'let us see what the US and U.S. do', [['united-states', 'US'], ['united-states', 'U.S.']]],
    ['a name with punctuation inside: 9/11 and a hyphen as a dash', 'after 9/11, the Tajik–Afghan border', [['sept-11', '9/11'], ['border', 'Tajik–Afghan border']]],
    ['a name that begins in lower case, at the start of a sentence', 'The Alliance agreed', [['nato', 'The Alliance']]],
  ])('%s', (_case, text, expected) => expect(names(text)).toEqual(expected));

  test('a spelling two entities share is held back, naming both', () => {
    expect(names('talks in Georgia')).toEqual([]);
    expect(held('talks in Georgia')).toEqual([['Georgia', 'ambiguous', ['georgia-country', 'georgia-state']]]);
  });

  test('a one-word name all in lower case is a common word: held back, not tagged', () => {
    expect(names('the border was open')).toEqual([]);
    expect(held('the border was open')).toEqual([['border', 'common word', ['border']]]);
  });

  test('offsets find the words in the text', () => {
    const text = 'On September 21 Khayrulloyev received the Polish ambassador.';
    for (const name of findNames(text, index).found) expect(text.slice(name.start, name.end)).toBe(name.text);
  });
});

describe('findCitations and tagParagraph', () => {
  const outlets = REGISTER.filter(({ slug }) => slug === 'avesta' || slug === 'asia-plus');
  test('a citation with its outlet and date in the article’s year; an outlet the register lacks is found without one', () => {
    expect(findCitations('trafficking (Avesta, September 17). Later (Asia Plus, September 21) and (Interfax, October 2).', outlets, 2004)).toEqual([
      { text: 'Avesta, September 17', start: 13, end: 33, outletName: 'Avesta', outlet: 'avesta', date: '2004-09-17' },
      { text: 'Asia Plus, September 21', start: 43, end: 66, outletName: 'Asia Plus', outlet: 'asia-plus', date: '2004-09-21' },
      { text: 'Interfax, October 2', start: 73, end: 92, outletName: 'Interfax', outlet: undefined, date: '2004-10-02' },
    ]);
  });
  test('without a year, the date is left for the editor', () => {
    expect(findCitations('(Avesta, September 17)', outlets, undefined)[0]!.date).toBeUndefined();
  });
  test('an outlet’s name inside its citation is the citation’s, not a mention', () => {
    const tagged = tagParagraph('Avesta reported it (Avesta, September 17).', index, outlets, 2004);
    expect(tagged.mentions.map((mention) => [mention.text, mention.start])).toEqual([['Avesta', 0]]);
    expect(tagged.citations).toHaveLength(1);
  });
});

test('isSpellingOf compares words as the matcher does, a leading determiner aside', () => {
  expect(isSpellingOf('the United States', ['United States'])).toBe(true);
  expect(isSpellingOf('Tajikistan’s armed forces', ["Tajikistan's armed forces"])).toBe(true);
  expect(isSpellingOf('its border service', ['Tajik border service'])).toBe(false);
});
