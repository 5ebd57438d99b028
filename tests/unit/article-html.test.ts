/** The page's prose comes from the checked tree: src/lib/article-html.ts through parseArticleMarkup. */
import { describe, expect, test } from 'vitest';
import { linkMarkers } from '../../src/lib/article-html.ts';
import { parseArticleMarkup } from '../../src/lib/article-markup.ts';

const BODY = `<Paragraph n={1}>
Talks in <Mention entity="dushanbe">Dushanbe</Mention> & elsewhere (<Citation outlet="avesta" date="2004-09-17">Avesta, September 17</Citation>).

<Annotation id="p1-n1" kind="context" title="Where">
*<Mention entity="dushanbe">Dushanbe</Mention>* is the capital <When date="2004">in 2004</When>.[^b] See [the map](https://example.org/map).

[^b]: Second cited, https://example.org/b
</Annotation>
</Paragraph>

<Paragraph n={2}>
They left.

<Annotation id="p2-n1" kind="aftermath" title="Later">
It ended.[^a] Again.[^a]

[^a]: First defined, https://example.org/a
</Annotation>
</Paragraph>
`;

const ENTITIES: Record<string, { name: string; type: string }> = { dushanbe: { name: 'Dushanbe', type: 'place' }, avesta: { name: 'Avesta "A"', type: 'source' } };

describe('the prose of an article as HTML', () => {
  const markup = parseArticleMarkup(BODY, 'a.mdx');

  test('the original paragraph: its words as written, marks as markers until linked', () => {
    expect(markup.html.blocks['p1']!).toBe('<p>Talks in <a data-mention="dushanbe">Dushanbe</a> &amp; elsewhere (<a data-citation="avesta" data-date="2004-09-17">Avesta, September 17</a>).</p>');
  });

  test('a note: Markdown, dates and footnote references numbered in reading order across the article, each definition under the first note that cites it', () => {
    expect(markup.html.blocks[markup.annotations[0]!.id]!).toBe(
      '<p><em><a data-mention="dushanbe">Dushanbe</a></em> is the capital <time datetime="2004">in 2004</time>.<sup><a href="#user-content-fn-b">1</a></sup> See <a href="https://example.org/map">the map</a>.</p>' +
        '<ol class="note-references" aria-label="References"><li id="user-content-fn-b">Second cited, <a href="https://example.org/b">https://example.org/b</a></li></ol>',
    );
    // [^a] is first referenced after [^b], so it is reference 2, and its list starts there; its second reference reuses the number.
    const second = markup.html.blocks[markup.annotations[1]!.id]!;
    expect(second.match(/<sup><a href="#user-content-fn-a">2<\/a><\/sup>/g)).toHaveLength(2);
    expect(second).toContain('<ol class="note-references" aria-label="References" start="2"><li id="user-content-fn-a">First defined, <a href="https://example.org/a">https://example.org/a</a></li></ol>');
    // No footnotes section, no back links: the page has nothing at its foot that they would lead from.
    expect(Object.values(markup.html.blocks).join('')).not.toMatch(/fnref|footnote-label|data-footnote/);
  });

  test('linkMarkers makes the markers links to the register, escaping what the register says', () => {
    expect(linkMarkers(markup.html.blocks['p1']!, (slug) => ENTITIES[slug]!)).toBe(
      '<p>Talks in <a href="/entities/dushanbe/">Dushanbe</a> &amp; elsewhere (<a class="citation" href="/entities/avesta/#2004-09-17" title="Avesta &quot;A&quot;, report of 2004-09-17">Avesta, September 17</a>).</p>',
    );
  });

  test('a citation of a report the outlet does not list is marked unresolved; one it lists links to the report', () => {
    const outlets = { avesta: { name: 'Avesta', type: 'source', reports: [{ date: '2004-09-01' }, { date: '2004-09-17' }] } };
    const html = '<a data-citation="avesta" data-date="2004-09-17">Avesta, September 17</a> <a data-citation="avesta" data-date="2004-09-18">Avesta, September 18</a>';
    expect(linkMarkers(html, (slug) => outlets[slug as 'avesta'])).toBe(
      '<a class="citation" href="/entities/avesta/#2004-09-17" title="Avesta, report of 2004-09-17">Avesta, September 17</a> ' +
        '<a class="citation unresolved" href="/entities/avesta/" title="Avesta, report of 2004-09-18: not in the register yet (a draft)">Avesta, September 18</a>',
    );
  });

  test('a mention has a title naming the entity only where its words are not the name', () => {
    const html = parseArticleMarkup('<Paragraph n={1}>\n<Mention entity="dushanbe">Dushanbe</Mention>, <Mention entity="dushanbe">Duschanbe</Mention>.\n</Paragraph>\n', 'a.mdx').html.blocks['p1']!;
    expect(linkMarkers(html, (slug) => ENTITIES[slug]!)).toBe(
      '<p><a href="/entities/dushanbe/">Dushanbe</a>, <a href="/entities/dushanbe/" title="Dushanbe (place)">Duschanbe</a>.</p>',
    );
  });

  test('a footnote defined in one paragraph\'s note serves a note of another, as GFM has it', () => {
    const body = '<Paragraph n={1}>\nA.\n\n<Annotation id="p1-n1" kind="context" title="T">\nOne.[^x]\n\n[^x]: A source, https://example.org/x\n</Annotation>\n</Paragraph>\n\n<Paragraph n={2}>\nB.\n\n<Annotation id="p2-n1" kind="context" title="U">\nTwo.[^x]\n</Annotation>\n</Paragraph>\n';
    const read = parseArticleMarkup(body, 'a.mdx');
    expect(read.annotations[1]!.footnoteRefs.map((ref) => ref.label)).toEqual(['x']);
    // Listed once, under the note that cites it first; the later note links there.
    expect(read.html.blocks['p1-n1']).toContain('<li id="user-content-fn-x">A source');
    expect(read.html.blocks['p2-n1']).toBe('<p>Two.<sup><a href="#user-content-fn-x">1</a></sup></p>');
  });

  test('a definition that holds a list is one reference: its items are not counted, and its back link goes', () => {
    const body = '<Paragraph n={1}>\nA.\n\n<Annotation id="p1-n1" kind="context" title="T">\nX.[^a] Y.[^b]\n\n[^a]: Sources:\n\n    - one, https://example.org/1\n    - two, https://example.org/2\n\n[^b]: Other, https://example.org/b\n</Annotation>\n</Paragraph>\n';
    const html = parseArticleMarkup(body, 'a.mdx').html.blocks['p1-n1']!;
    expect(html).toContain('<sup><a href="#user-content-fn-b">2</a></sup>');
    expect(html.match(/<li id="user-content-fn-/g)).toHaveLength(2);
    expect(html).toContain('<li>two, <a href="https://example.org/2">https://example.org/2</a></li>\n</ul></li><li id="user-content-fn-b">Other,');
    expect(html).not.toContain('fnref');
  });

  test('text that looks like a marker stays text', () => {
    const html = parseArticleMarkup('<Paragraph n={1}>\nSee \\<a data-mention="x"> here.\n</Paragraph>\n', 'a.mdx').html.blocks['p1']!;
    expect(linkMarkers(html, () => { throw new Error('no entity should be looked up'); })).toBe('<p>See &lt;a data-mention="x"> here.</p>');
  });
});
