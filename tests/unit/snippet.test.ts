import { expect, test } from 'vitest';
import { sentenceAt, sentences, sentencesAt, sentencesOf, snippetAround } from '../../src/lib/snippet.ts';

test.each([
  // [text, start, end, radius, expected]
  ['Short text here.', 6, 10, 80, ['Short ', 'text', ' here.']],
  ['one two three four five six seven', 14, 18, 5, ['… three ', 'four', ' five …']],
  // Within the sentence that holds the span: its neighbours are left out, with no ellipsis at a sentence's own bounds.
  ['First one here. Then Rahmon spoke. Last one.', 21, 27, 80, ['Then ', 'Rahmon', ' spoke.']],
  ['It went. Later U.S. officials met Rahmon there, and more words follow here.', 34, 40, 20, ['… U.S. officials met ', 'Rahmon', ' there, and more words …']],
  ['Mr. Rahmon came. Then more.', 4, 10, 80, ['Mr. ', 'Rahmon', ' came.']],
])('snippetAround(%j, %i, %i)', (text, start, end, radius, expected) => {
  expect(snippetAround(text, start, end, radius)).toEqual(expected);
});

test.each([
  // [text, expected sentences]
  ['One. Two.', ['One.', 'Two.']],
  ['On 3 November 2001, after U.S. Defense Secretary Rumsfeld’s talks, it agreed. Then more.', ['On 3 November 2001, after U.S. Defense Secretary Rumsfeld’s talks, it agreed.', 'Then more.']],
  ['The chief, Lt.-Gen. Ghaffor Mirzoyev, was arrested. Later.', ['The chief, Lt.-Gen. Ghaffor Mirzoyev, was arrested.', 'Later.']],
])('sentences(%j)', (text, expected) => {
  expect(sentences(text).map((s) => s.text)).toEqual(expected);
  expect(sentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(expected);
});

test('sentenceAt finds the sentence around an offset', () => {
  expect(sentenceAt('One here. Two there.', 12).text).toBe('Two there.');
});

test('sentencesAt gives the bounds of the words of the sentence around each offset, past an abbreviation', () => {
  const text = 'Gen. Rahmon came.  Then  more.';
  const bounds = sentencesAt(text, [6, 25, 40]);
  expect(bounds.map(({ start, end }) => text.slice(start, end))).toEqual(['Gen. Rahmon came.', 'Then  more.', '']);
  expect(bounds[2]).toEqual({ start: 40, end: 40 });
});

test('sentencesOf splits a paragraph once, however many snippets quote it, and snippets from its sentences are the same', () => {
  const paragraph = { text: 'First one here. Then Rahmon spoke. Last one.' };
  expect(sentencesOf(paragraph)).toBe(sentencesOf(paragraph));
  expect(sentencesOf(paragraph)).toEqual(sentences(paragraph.text));
  expect(snippetAround(paragraph.text, 21, 27, 80, sentencesOf(paragraph))).toEqual(snippetAround(paragraph.text, 21, 27));
});
