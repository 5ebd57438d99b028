/** proseHtml writes what hast-util-to-html, the library it replaces for the prose, writes (named references). */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, test } from 'vitest';
import { proseHtml } from '../../src/lib/prose-html.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: ElementContent[] = []): ElementContent =>
  ({ type: 'element', tagName, properties, children }) as ElementContent;
const library = (nodes: ElementContent[]) => toHtml(nodes, { characterReferences: { useNamedReferences: true } });

describe('proseHtml', () => {
  test.each<[string, ElementContent[]]>([
    ['text with every character HTML may escape', [text('Tom & Jerry <b> "quoted" it\'s `tick` > 1\n\u00a0é Хайруллоев 😀')]],
    ['a paragraph with a mention, a citation and a date', [el('p', {}, [text('In '), el('a', { dataMention: 'dushanbe' }, [text('Dushanbe')]), text(' ('), el('a', { dataCitation: 'avesta', dataDate: '2004-09-17' }, [text('Avesta, September 17')]), text(') on '), el('time', { dateTime: '2004-09' }, [text('September 2004')]), text('.')])]],
    ['attributes with quotes, apostrophes, backticks and ampersands', [el('a', { href: 'https://example.org/?a=1&b="2"', title: "O'Brien's `x`" }, [text('link')])]],
    ['classes, aria, numbers and booleans', [el('ol', { className: ['note-references', 'x'], ariaLabel: 'References', start: 3, hidden: true, dataFootnotes: false }, [el('li', { id: 'user-content-fn-a' }, [text('A.')])])]],
    ['void elements, lists and emphasis', [el('p', {}, [text('one'), el('br', {}), text('\ntwo '), el('em', {}, [text('em')]), text(' '), el('strong', {}, [text('strong')]), text(' '), el('code', {}, [text('a<b')])]), text('\n'), el('ul', {}, [text('\n'), el('li', {}, [text('item')]), text('\n')])]],
    ['a footnote reference', [el('sup', {}, [el('a', { href: '#user-content-fn-p1-n1-a', id: 'user-content-fnref-p1-n1-a', ariaDescribedBy: 'footnote-label' }, [text('1')])])]],
  ])('%s', (_, nodes) => {
    expect(proseHtml(nodes)).toBe(library(nodes));
  });

  test('a property it has no attribute for is an error, not a guess', () => {
    expect(() => proseHtml([el('a', { 'weird:thing': 'x' }, [])])).toThrow(/no attribute known for the property "weird:thing"/);
  });

  test('a node other than an element or text (raw HTML, a comment) is an error', () => {
    expect(() => proseHtml([{ type: 'comment', value: 'x' }])).toThrow(/a comment node reached the renderer/);
  });
});
