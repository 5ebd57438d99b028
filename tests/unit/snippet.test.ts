import { expect, test } from 'vitest';
import { snippetAround } from '../../src/lib/snippet.ts';

test.each([
  // [text, start, end, radius, expected]
  ['Short text here.', 6, 10, 80, ['Short ', 'text', ' here.']],
  ['one two three four five six seven', 14, 18, 5, ['… three ', 'four', ' five …']],
])('snippetAround(%j, %i, %i)', (text, start, end, radius, expected) => {
  expect(snippetAround(text, start, end, radius)).toEqual(expected);
});
