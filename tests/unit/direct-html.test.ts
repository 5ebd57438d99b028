/**
 * direct-html.ts writes the prose of the common nodes itself: byte for byte what mdast-util-to-hast
 * and renderProse's footnote lists write, and it leaves every other article to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseArticleMarkup } from '../../src/lib/article-markup.ts';
import { parseArticleText } from '../../src/lib/content-files.ts';
import { directProseHtml } from '../../src/lib/direct-html.ts';
import { writeCorpus } from '../../tools/corpus/write.ts';

/** Whether the direct writer may run, and how often it wrote an article (rather than leaving it to the library). */
const writer = vi.hoisted(() => ({ enabled: true, wrote: 0 }));
vi.mock('../../src/lib/direct-html.ts', async (original) => {
  const module = await original<typeof import('../../src/lib/direct-html.ts')>();
  return {
    ...module,
    directProseHtml: (...args: Parameters<typeof module.directProseHtml>) => {
      if (!writer.enabled) return undefined;
      const html = module.directProseHtml(...args);
      if (html) writer.wrote += 1;
      return html;
    },
  };
});
beforeEach(() => {
  writer.enabled = true;
  writer.wrote = 0;
});

/** The article's prose HTML both ways, and whether the direct writer wrote it. */
function bothWays(body: string): { direct: Record<string, string>; library: Record<string, string>; written: boolean } {
  const direct = parseArticleMarkup(body, 'a.mdx').html.blocks;
  const written = writer.wrote > 0;
  writer.enabled = false;
  const library = parseArticleMarkup(body, 'a.mdx').html.blocks;
  writer.enabled = true;
  return { direct, library, written };
}

const article = (paragraphs: readonly { text: string; notes?: readonly string[] }[], after = ''): string =>
  paragraphs
    .map(({ text, notes = [] }, index) => {
      const n = index + 1;
      const annotations = notes.map((note, k) => `<Annotation id="p${n}-n${k + 1}" kind="context" title="Note ${k + 1}">\n${note}\n</Annotation>`);
      return `<Paragraph n={${n}}>\n${text}\n\n${annotations.join('\n\n')}\n</Paragraph>\n`;
    })
    .join('\n') + after;

/** An article of one paragraph with `text` as its note: the original carries no Markdown. */
const inNote = (text: string): string => article([{ text: 'The original.', notes: [text] }]);

describe('the same bytes as the library', () => {
  test.each([
    ['text with what HTML escapes, and beyond ASCII', article([{ text: 'A & B \\< C > D "E" \'F\' — “Душанбе”.' }])],
    ['emphasis, strong, strikethrough and inline code (its line ends as spaces)', inNote('Plain *em* **strong** ~~gone~~ `a\ncode` _and **nested** em_ & "quotes".')],
    // A space or tab written as a character reference stays in the text (the parser drops those written as they are).
    ['soft line breaks, the spaces around them trimmed', inNote('One line&#32;\n   the next&#9;\n&#32;and the last&#32;&#32;.')],
    ['links: with a title, with markup inside, with characters a URL escapes', inNote('See [the *map*](<https://example.org/a b?q="x"&y=ü> "A \\"title\\"") and [plain](https://example.org/p).')],
    ['the components', article([{ text: 'In <Mention entity="dushanbe">Dushanbe</Mention> on <When date="2004-09">September</When> (<Citation outlet="avesta" date="2004-09-17">Avesta, September 17</Citation>).' }])],
    [
      'footnotes numbered across notes, one cited twice, each listed under the first note that cites it',
      article([
        { text: 'First.', notes: ['It began.[^b] Then.[^a] Again.[^b]\n\n[^a]: Source A, https://example.org/a\n[^b]: Source B, https://example.org/b'] },
        { text: 'Second.', notes: ['Later.[^c][^a]\n\n[^c]: Source C with *emphasis*'] },
      ]),
    ],
    [
      'definitions outside any note, ending in spaces, in a link, or in a whitespace-only text after a link',
      article(
        [{ text: 'Only.', notes: ['Cited.[^x] And.[^y] Also.[^z]\n\n[^y]: Ends in a [link](https://example.org/y)\n[^z]: Trailing&#32;\n    spaces&#32;&#160;'] }],
        '\n[^x]: Loose, [here](https://example.org/x)&#32;\n',
      ),
    ],
  ])('%s', (_name, body) => {
    const { direct, library, written } = bothWays(body);
    expect(written).toBe(true);
    expect(direct).toEqual(library);
    expect(Object.keys(direct).length).toBeGreaterThan(0);
  });
});

test('a definition ending in texts of whitespace only: they go, and the last words are trimmed, as where the library’s back links stood', () => {
  // Two texts side by side, which the parser does not make but a tree may hold.
  const text = (value: string) => ({ type: 'text', value }) as const;
  const html = directProseHtml(
    [{ key: 'p1-n1', nodes: [{ type: 'paragraph', children: [text('Cited.'), { type: 'footnoteReference', identifier: 'a', label: 'a' }] }] }],
    [{ type: 'footnoteDefinition', identifier: 'a', label: 'a', children: [{ type: 'paragraph', children: [text('Source\u00a0 '), text(' \t')] }] }],
  );
  expect(html?.blocks['p1-n1']).toBe('<p>Cited.<sup><a href="#user-content-fn-a">1</a></sup></p><ol class="note-references" aria-label="References"><li id="user-content-fn-a">Source</li></ol>');
});

// Here both ways are the library's (the direct writer declines): what is checked is that it declines,
// and, in the last test, what the library's way writes.
describe('what the direct writer leaves to the library', () => {
  test.each([
    ['a list in a note', article([{ text: 'Text.', notes: ['- one\n- two'] }])],
    ['a hard line break', inNote('One line  \nthe next.')],
    ['a definition of two paragraphs', article([{ text: 'Text.', notes: ['Cited.[^a]\n\n[^a]: First paragraph.\n\n    Second paragraph.'] }])],
    ['a link of the text’s own to a footnote', article([{ text: 'Text.', notes: ['Cited.[^a] See [the source](#user-content-fn-a).\n\n[^a]: A source.'] }])],
    ['a table', article([{ text: 'Text.', notes: ['| a | b |\n| - | - |\n| 1 | 2 |'] }])],
  ])('%s: rendered by mdast-util-to-hast, as before', (_name, body) => {
    const { direct, library, written } = bothWays(body);
    expect(written).toBe(false);
    expect(direct).toEqual(library);
  });

  test('the library’s way writes the components and lists the footnotes under their note as the direct way does', () => {
    const body = article([{ text: 'The original.', notes: ['- <Mention entity="dushanbe">Dushanbe</Mention> on <When date="2004">2004</When>[^a]\n- two\n\n[^a]: A [source](https://example.org/a).'] }]);
    const { direct, written } = bothWays(body);
    expect(written).toBe(false);
    expect(direct['p1-n1']).toBe(
      '<ul>\n<li><a data-mention="dushanbe">Dushanbe</a> on <time datetime="2004">2004</time><sup><a href="#user-content-fn-a">1</a></sup></li>\n<li>two</li>\n</ul>' +
        '<ol class="note-references" aria-label="References"><li id="user-content-fn-a">A <a href="https://example.org/a">source</a>.</li></ol>',
    );
  });
});

describe('whole articles', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'glossa-direct-'));
  afterAll(() => rmSync(workspace, { recursive: true, force: true }));

  test('the edition’s article and 40 generated ones: every block the same, each written directly', () => {
    writeCorpus(workspace, { articles: 40, seed: 'direct-html' });
    const files = [join('content', 'articles', 'tajikistan-diversifies-its-security-assistance.mdx'), ...readdirSync(join(workspace, 'articles')).map((name) => join(workspace, 'articles', name))];
    expect(files.length).toBe(41);
    for (const file of files) {
      writer.wrote = 0;
      const { body } = parseArticleText(readFileSync(file, 'utf8'), file);
      const { direct, library, written } = bothWays(body);
      expect(written, file).toBe(true);
      expect(direct, file).toEqual(library);
    }
  });
});
