import { describe, expect, test } from 'vitest';
import { missingKinds, unreferencedFigures } from '../../src/lib/editorial-checks.ts';
import { article } from './helpers.ts';

const note = (prose: string) =>
  article(`<Paragraph n={1}>\nA.\n\n<Annotation id="p1-n1" kind="context" title="T">\n${prose}\n\n[^r]: A source, https://example.org/r\n</Annotation>\n</Paragraph>`).annotations[0]!;

describe('unreferencedFigures', () => {
  test.each([
    // [prose, sentences reported]
    ['The base opened in 2004.[^r]', []],
    ['The base opened in 2004. It was large.[^r]', []], // one footnote closes a run of sentences
    ['The base opened in 2004.', ['The base opened in 2004.']],
    ['It cost $37 million.\n\nAnother block.[^r]', ['It cost $37 million.']], // a footnote in a later block does not count
    ['The <Mention entity="x">201st Motorized Rifle Division</Mention> moved after 9/11 to the 201st base.', []],
    ['No figures here at all.', []],
    ['It cost $37 million.[^r] So $37 million was spent.', []], // repeats a referenced figure
    ['It cost $37 million.[^r] Then $40 million more.', ['Then $40 million more.']],
    ['The article’s $2.3 million is unconfirmed.', []], // the original’s own figure (see originalText)
  ])('%j', (prose, expected) => expect(unreferencedFigures(note(prose), 'around $2.3 million')).toEqual(expected));
});

describe('missingKinds', () => {
  test('names the paragraphs and the kinds they lack', () => {
    const read = article(
      `<Paragraph n={1}>\nA.\n\n<Annotation id="p1-n1" kind="context" title="T">\nX.\n</Annotation>\n\n<Annotation id="p1-n2" kind="analysis" title="T">\nX.\n</Annotation>\n\n<Annotation id="p1-n3" kind="aftermath" title="T">\nX.\n</Annotation>\n</Paragraph>\n\n<Paragraph n={2}>\nB.\n\n<Annotation id="p2-n1" kind="textual" title="T">\nX.\n</Annotation>\n</Paragraph>`,
    );
    expect(missingKinds(read)).toEqual([{ paragraph: 2, missing: ['context', 'analysis', 'aftermath'] }]);
  });
});
