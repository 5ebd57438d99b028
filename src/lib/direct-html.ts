/**
 * The prose's HTML written straight from the mdast, for an article whose blocks hold only the
 * nodes nearly every article holds: paragraphs of text, links, emphasis, strong, strikethrough,
 * inline code, the article's components and footnotes whose definitions are one paragraph. Any
 * other node (a list, a table, a heading, a line break…) anywhere in the article, and it is
 * rendered by mdast-util-to-hast as before (article-html.ts): this writes what that library and
 * renderProse's rearranging of its footnotes write for these nodes, and nothing else.
 *
 * Why not the library alone: it builds a hast tree for every block, which renderProse rearranges
 * and prose-html.ts then writes out; for 5,000 generated articles the three took about 6.0 of the
 * 6.6 s renderProse cost in a cold build's CPU profile (their objects, about 1 GB at 1,000
 * articles, were a fifth of what the content check allocated). Written so, renderProse took 3.6 s
 * in an hour when the machine ran slower (citeproc-js 15.7 s against 13.2), the same bytes.
 * tests/unit/direct-html.test.ts holds the two ways to the same bytes, node by node and over whole
 * articles.
 */
import type { FootnoteDefinition, Link, Nodes, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { trimLines } from 'trim-lines';
import type { ProseBlock } from './article-html.ts';
import type { ArticleHtml } from './article-markup.ts';
import { attributeName, escapeAttribute, escapeText } from './prose-html.ts';

/**
 * The prefix mdast-util-to-hast gives the ids it makes (its default, named so the ids here follow
 * it): a footnote's definition is `<prefix>fn-<label>`, the target of every reference to it, and a
 * reference is `<prefix>fnref-<label>`, the target of its back link. Published anchors: keep it.
 */
export const CLOBBER_PREFIX = 'user-content-';
export const FOOTNOTE_ID_PREFIX = `${CLOBBER_PREFIX}fn-`;

/** The one attribute value of a component, as the checks allowed it (a string). */
export const attributeValue = (node: MdxJsxTextElement, name: string): string =>
  String(node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value ?? '');

/**
 * The element each of the article's components is written as, and its properties (hast's names)
 * with the component's attribute each takes its value from, in the order they are written: here
 * and by mdast-util-to-hast's handler (article-html.ts), and linkMarkers reads them in this order.
 */
export const COMPONENT_ELEMENTS: Record<string, { tag: string; properties: readonly (readonly [property: string, attribute: string])[] }> = {
  Mention: { tag: 'a', properties: [['dataMention', 'entity']] },
  Citation: { tag: 'a', properties: [['dataCitation', 'outlet'], ['dataDate', 'date']] },
  When: { tag: 'time', properties: [['dateTime', 'date']] },
};

/** Inline nodes written as an element around their children, with no attributes. */
const PLAIN_ELEMENTS: Partial<Record<Nodes['type'], string>> = { emphasis: 'em', strong: 'strong', delete: 'del' };

/** A footnote's id as mdast-util-to-hast writes it, from its identifier. */
const footnoteId = (identifier: string): string => `${FOOTNOTE_ID_PREFIX}${normalizeUri(identifier.toUpperCase().toLowerCase())}`;

/** trimLines, which changes only text with line endings: most text has none, and the call cost 0.3 s over 5,000 articles. */
const trimmedLines = (value: string): string => (value.includes('\n') || value.includes('\r') ? trimLines(value) : value);

/** Thrown, and caught below, at the first node this writer leaves to the library. */
class LeftToLibrary extends Error {}

/**
 * The article's blocks as HTML, or undefined when any node in them is one this writer leaves to
 * mdast-util-to-hast. `definitions` are every footnote definition of the file (in a block or not).
 */
export function directProseHtml(blocks: readonly ProseBlock[], definitions: readonly FootnoteDefinition[]): ArticleHtml | undefined {
  // As the library: the first definition of an identifier is the one used.
  const byId = new Map<string, FootnoteDefinition>();
  for (const definition of definitions) {
    const id = definition.identifier.toUpperCase();
    if (!byId.has(id)) byId.set(id, definition);
  }
  // Each footnote's number, by the order of its first reference; it is listed under the first block citing it.
  const numbers = new Map<string, number>();
  const listed = new Set<string>();
  try {
    const rendered: [string, string][] = [];
    for (const block of blocks) {
      const cited: string[] = [];
      const out: string[] = [];
      for (const node of block.nodes) {
        if (node.type === 'footnoteDefinition') continue;
        if (node.type !== 'paragraph' || hasHastData(node)) throw new LeftToLibrary();
        out.push('<p>');
        writeInline(node.children, out, (identifier) => {
          const id = identifier.toUpperCase();
          if (!byId.has(id)) throw new LeftToLibrary();
          let number = numbers.get(id);
          if (number === undefined) numbers.set(id, (number = numbers.size + 1));
          if (!listed.has(id)) {
            listed.add(id);
            cited.push(id);
          }
          return `<sup><a href="#${escapeAttribute(footnoteId(identifier))}">${number}</a></sup>`;
        });
        out.push('</p>');
      }
      if (cited.length > 0) {
        const start = numbers.get(cited[0]!)!;
        out.push(`<ol class="note-references" aria-label="References"${start > 1 ? ` start="${start}"` : ''}>`);
        for (const id of cited) out.push(definitionItem(byId.get(id)!));
        out.push('</ol>');
      }
      rendered.push([block.key, out.join('')]);
    }
    return { blocks: Object.fromEntries(rendered) };
  } catch (error) {
    if (error instanceof LeftToLibrary) return undefined;
    throw error;
  }
}

/**
 * A definition as the library lists it and renderProse keeps it: its one paragraph unwrapped in a
 * list item, with the whitespace-only text at its end dropped and the last text's trailing
 * whitespace trimmed (where the library's back links stood). A definition that cites a footnote
 * itself is left to the library, which numbers such footnotes as it writes the definitions.
 */
function definitionItem(definition: FootnoteDefinition): string {
  const [paragraph, ...rest] = definition.children;
  if (!paragraph || paragraph.type !== 'paragraph' || rest.length > 0) throw new LeftToLibrary();
  const children = [...paragraph.children];
  while (children.at(-1)?.type === 'text' && (children.at(-1) as { value: string }).value.trimEnd() === '') children.pop();
  const out = [`<li id="${escapeAttribute(footnoteId(definition.identifier))}">`];
  const last = children.at(-1);
  writeInline(last?.type === 'text' ? children.slice(0, -1) : children, out, () => {
    throw new LeftToLibrary();
  });
  if (last?.type === 'text') out.push(escapeText(trimmedLines(last.value).trimEnd()));
  out.push('</li>');
  return out.join('');
}

/** Writes phrasing content, footnote references as `reference` returns them; throws LeftToLibrary at any other node. */
function writeInline(nodes: readonly PhrasingContent[], out: string[], reference: (identifier: string) => string): void {
  for (const node of nodes) {
    if (hasHastData(node)) throw new LeftToLibrary();
    const plain = PLAIN_ELEMENTS[node.type];
    if (node.type === 'text') out.push(escapeText(trimmedLines(node.value)));
    else if (plain && 'children' in node) {
      out.push(`<${plain}>`);
      writeInline(node.children as PhrasingContent[], out, reference);
      out.push(`</${plain}>`);
    } else if (node.type === 'inlineCode') out.push(`<code>${escapeText(node.value.replace(/\r?\n|\r/g, ' '))}</code>`);
    else if (node.type === 'link') {
      out.push(linkStart(node));
      writeInline(node.children, out, reference);
      out.push('</a>');
    } else if (node.type === 'footnoteReference') out.push(reference(node.identifier));
    else if (node.type === 'mdxJsxTextElement' && node.name && Object.hasOwn(COMPONENT_ELEMENTS, node.name)) {
      const { tag, properties } = COMPONENT_ELEMENTS[node.name]!;
      out.push(`<${tag}${properties.map(([property, attribute]) => ` ${attributeName(property)}="${escapeAttribute(attributeValue(node, attribute))}"`).join('')}>`);
      writeInline(node.children as PhrasingContent[], out, reference);
      out.push(`</${tag}>`);
    } else throw new LeftToLibrary();
  }
}

/** Whether a node asks mdast-util-to-hast for another element, properties or children (its `data`). */
const hasHastData = (node: Nodes): boolean => node.data !== undefined && ('hName' in node.data || 'hProperties' in node.data || 'hChildren' in node.data);

/**
 * A link's start tag. A link of the text's own to a footnote's anchors is left to the library:
 * renderProse lists a definition under the first block that links to it, and drops what it took
 * for back links.
 */
function linkStart(node: Link): string {
  const href = normalizeUri(node.url);
  if (href.startsWith(`#${CLOBBER_PREFIX}`)) throw new LeftToLibrary();
  return `<a href="${escapeAttribute(href)}"${node.title === null || node.title === undefined ? '' : ` title="${escapeAttribute(node.title)}"`}>`;
}
