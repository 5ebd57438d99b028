/**
 * Content cannot put script on a page: an article's MDX may hold only our components, text,
 * Markdown and safe links (src/lib/article-markup.ts), and the references of an entity file only
 * web addresses (src/lib/schema.ts). tests/build/injection.test.ts proves it on a real build.
 */
import { describe, expect, test } from 'vitest';
import { isSafeLinkUrl, parseArticleMarkup } from '../../src/lib/article-markup.ts';
import { parseEntityFile } from '../../src/lib/entity-file.ts';
import { errorOf } from './helpers.ts';

const inAnnotation = (prose: string) => `<Paragraph n={1}>
Talks went well.

<Annotation id="p1-n1" kind="context" title="Where">
${prose}
</Annotation>
</Paragraph>
`;

describe('an article body', () => {
  test('may use our components, Markdown, footnotes and web links in an annotation', () => {
    const markup = parseArticleMarkup(inAnnotation('In *Dushanbe* (see [the report](https://example.org/a), [here](/entities/avesta/#2004-09-17) and [mail](mailto:a@example.org)), <When date="2004">in 2004</When>.[^a]\n\n[^a]: A source, https://example.org/a'), 'ok.mdx');
    expect(markup.annotations[0]!.text).toContain('in 2004');
  });

  test.each([
    // [what, annotation prose, line, fragment of the message]
    ['a script element', 'The capital. <script>alert(1)</script>', 5, '<script> is raw HTML or JSX'],
    ['a script block', 'The capital.\n\n<script>alert(1)</script>', 7, '<script> is raw HTML or JSX'],
    ['an image with an event handler', 'The capital. <img src="x" onerror="alert(1)" />', 5, '<img> is raw HTML or JSX'],
    ['harmless-looking HTML', 'The <b>capital</b>.', 5, '<b> is raw HTML or JSX'],
    ['a JSX fragment', 'The <>capital</>.', 5, '<> is raw HTML or JSX'],
    ['another component', 'The <Widget />.', 5, '<Widget> is raw HTML or JSX'],
    ['an expression', 'The capital {alert(1)}.', 5, '{alert(1)} is code in MDX'],
    ['a javascript: link', 'The [capital](javascript:alert(1)).', 5, 'the link "javascript:alert(1)" could run script'],
    ['a javascript: link in a footnote', 'The capital.[^a]\n\n[^a]: [A source](javascript:alert(1))', 7, 'the link "javascript:alert(1)" could run script'],
    ['a data: image', 'The ![capital](data:text/html,x).', 5, 'the link "data:text/html,x" could run script'],
    ['a javascript: link definition', 'The [capital][c].\n\n[c]: javascript:alert(1)', 7, 'the link "javascript:alert(1)" could run script'],
  ])('fails on %s in an annotation, with the line', (_, prose, line, fragment) => {
    const error = errorOf(() => parseArticleMarkup(inAnnotation(prose), 'content/articles/bad.mdx'));
    expect(error.message).toContain(`content/articles/bad.mdx:${line}: ${fragment}`);
  });

  test.each([
    // [what, the Paragraph block, line, fragment of the message]
    ['an attribute expression', '<Annotation id="p1-n1" kind="context" title={process.env.HOME}>\nA note.\n</Annotation>', 4, '<Annotation> title={process.env.HOME} is code, not text'],
    ['a spread attribute', '<Annotation id="p1-n1" kind="context" title="T" {...props}>\nA note.\n</Annotation>', 4, '<Annotation> has the attribute expression {...props}'],
    ['an attribute a component does not take', '<Annotation id="p1-n1" kind="context" title="T" onclick="alert(1)">\nA note.\n</Annotation>', 4, '<Annotation> has no attribute "onclick"'],
    ['a footnote label defined twice', '<Annotation id="p1-n1" kind="context" title="T">\nOne.[^a]\n\n[^a]: First, https://example.org/1\n</Annotation>\n\n<Annotation id="p1-n2" kind="context" title="U">\nTwo.[^a]\n\n[^a]: Second, https://example.org/2\n</Annotation>', 13, 'footnote [^a] is defined twice (also at line 7)'],
  ])('fails on %s, with the line', (_, notes, line, fragment) => {
    const error = errorOf(() => parseArticleMarkup(`<Paragraph n={1}>\nTalks went well.\n\n${notes}\n</Paragraph>\n`, 'content/articles/bad.mdx'));
    expect(error.message).toContain(`content/articles/bad.mdx:${line}: ${fragment}`);
  });

  test('takes n={3} and n="3" on a paragraph, and no other expression there', () => {
    expect(parseArticleMarkup('<Paragraph n="1">\nTalks.\n</Paragraph>\n', 'a.mdx').paragraphs[0]!.n).toBe(1);
    expect(errorOf(() => parseArticleMarkup('<Paragraph n={1 + 0}>\nTalks.\n</Paragraph>\n', 'a.mdx')).message).toContain('a.mdx:1: <Paragraph> n={1 + 0} is code, not text');
  });

  test('fails on raw HTML in the original text once, with the line', () => {
    const error = errorOf(() => parseArticleMarkup('<Paragraph n={1}>\nTalks <script>alert(1)</script> went well.\n</Paragraph>\n', 'a.mdx'));
    expect(error.message).toContain('a.mdx:2: <script> is raw HTML or JSX');
    expect(error.message).toContain('1 problem in content');
  });

  test.each([
    ['https://example.org/a', true],
    ['http://example.org/a', true],
    ['mailto:editors@example.org', true],
    ['/entities/avesta/#2004-09-17', true],
    ['#p1', true],
    ['../x/', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
  ])('isSafeLinkUrl(%j) is %s', (url, safe) => expect(isSafeLinkUrl(url)).toBe(safe));
});

describe('an entity file', () => {
  const file = (refUrl: string) => `type: place\nname: Dushanbe\nsummary: A capital.\ndescription: A capital.\nfacts:\n  - text: It is the capital.\n    refs: [{ title: A source, url: "${refUrl}" }]\n`;

  test('accepts a web address as a reference', () => {
    expect(parseEntityFile(file('https://example.org/a'), 'content/entities/dushanbe.yaml').facts[0]!.refs[0]!.url).toBe('https://example.org/a');
  });

  test.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/a'])('rejects %j as a reference, naming the field', (url) => {
    const error = errorOf(() => parseEntityFile(file(url), 'content/entities/dushanbe.yaml'));
    expect(error.message).toContain('field "facts.0.refs.0.url"');
    expect(error.message).toContain('https://');
  });
});

test('an empty <Mention> is refused: it would be an empty link', () => {
  const message = errorOf(() => parseArticleMarkup('<Paragraph n={1}>\nTalks in <Mention entity="dushanbe"></Mention> went well.\n</Paragraph>\n', 'a.mdx')).message;
  expect(message).toContain('a.mdx:2: <Mention entity="dushanbe"> has no words');
});
