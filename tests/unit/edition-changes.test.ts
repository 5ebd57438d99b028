import { describe, expect, test } from 'vitest';
import { compareWords, editionChanges, noteBlocks, removedNotes } from '../../src/lib/edition-changes.ts';
import type { PublishedEditionReading } from '../../src/lib/corpus.ts';
import { article } from './helpers.ts';

const note = (id: string, text: string, title = 'A note') => `<Annotation id="${id}" kind="context" title="${title}">\n${text}\n</Annotation>`;
const body = (...notes: string[]) => `<Paragraph n={1}>\nThe original.\n\n${notes.join('\n\n')}\n</Paragraph>\n`;
const reading = (number: number, ...notes: string[]): PublishedEditionReading => ({
  edition: { article: 'a-title', number, date: `2026-12-0${number}`, note: `Edition ${number}.`, sha256: '' },
  article: article(body(...notes)),
});

describe('editionChanges', () => {
  const [first, second] = editionChanges([
    reading(1, note('p1-n1', 'Kept as it was.'), note('p1-n2', 'The base had 5,000 troops.[^a]\n\n[^a]: Source A, https://example.org/a'), note('p1-n3', 'Padding.')),
    reading(2, note('p1-n1', 'Kept as it was.'), note('p1-n2', 'The base had 5,000 or about 7,000 troops.[^a][^b]\n\n[^a]: Source A, https://example.org/a\n\n[^b]: Source B, https://example.org/b'), note('p1-n4', 'A new reading.', 'New')),
  ]);

  test('the first edition is compared with nothing', () => {
    expect(first).toMatchObject({ previous: undefined, notes: [], noteCount: 3 });
  });

  test('a note unchanged is not listed; corrected, added and removed notes are, in reading order', () => {
    expect(second!.previous).toBe(1);
    expect(second!.notes.map((change) => [change.id, change.change])).toEqual([['p1-n2', 'corrected'], ['p1-n4', 'added'], ['p1-n3', 'removed']]);
  });

  test('a corrected note has its words compared and its references set against each other', () => {
    const corrected = second!.notes[0]!;
    expect(corrected.text.filter((run) => run.change === 'added').map((run) => run.text.trim())).toEqual(['or about 7,000']);
    expect(corrected.text.filter((run) => run.change === 'removed')).toEqual([]);
    expect(corrected.referencesAdded).toEqual(['Source B, https://example.org/b']);
    expect(corrected.referencesRemoved).toEqual([]);
  });

  test('a removed note keeps its old text, title and references; an added one is all new', () => {
    expect(second!.notes[2]).toMatchObject({ title: 'A note', text: [{ text: 'Padding.', change: 'removed' }] });
    expect(second!.notes[1]).toMatchObject({ title: 'New', text: [{ text: 'A new reading.', change: 'added' }] });
  });
});

describe('removedNotes', () => {
  test('names the edition that removed each note the latest lacks; a note put back is not removed', () => {
    const removed = removedNotes([reading(1, note('p1-n1', 'A.'), note('p1-n2', 'B.'), note('p1-n3', 'C.')), reading(2, note('p1-n1', 'A.')), reading(3, note('p1-n1', 'A.'), note('p1-n3', 'C again.'))]);
    expect([...removed]).toEqual([['p1-n2', { edition: 2, paragraph: 1, title: 'A note' }]]);
  });
});

test('compareWords marks the words only one side has', () => {
  expect(compareWords('in fact two towns', 'two towns')).toEqual([{ text: 'in fact ', change: 'removed' }, { text: 'two towns', change: 'same' }]);
});

test('noteBlocks reads paragraphs and "- " lists', () => {
  expect(noteBlocks('Why.\nStill why.\n\n- One\n- Two\n')).toEqual([{ paragraph: 'Why. Still why.' }, { list: ['One', 'Two'] }]);
});
