/**
 * The HTML of an article's prose, made from the same tree the checks read (article-markup.ts), so
 * the page shows exactly what was checked: nothing is compiled or run, and any node the checks
 * did not allow never reaches this point.
 *
 * Rendering has two steps. `renderProse` runs when the file is read: it depends on that file
 * alone, so its result can be cached with the file (content-cache.ts). Mentions and citations are
 * left as bare markers, `<a data-mention="slug">` and `<a data-citation="slug" data-date="…">`;
 * `linkMarkers` turns them into links when the page is built, with what the register says of the
 * entity (its name and type), which may change without the article changing.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { escape } from 'html-escaper';
import type { Nodes, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import type { ArticleHtml } from './article-markup.ts';
import { entityUrl, reportUrl } from './permalink.ts';
import { eachNode } from './tree-walk.ts';

/** A part of the article rendered on its own: an original paragraph ("p3") or a note's body ("p3-n1"). */
export interface ProseBlock {
  key: string;
  nodes: RootContent[];
}

/** Our own node type, wrapping one block in the tree handed to mdast-util-to-hast. */
const BLOCK = 'glossaBlock';

const attributeValue = (node: MdxJsxTextElement, name: string): string =>
  String(node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value ?? '');

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** The article's own components, inline; the checks have allowed no other JSX by now. */
const inlineComponent: Handler = (state: State, node: MdxJsxTextElement) => {
  const children = state.all(node);
  if (node.name === 'Mention') return element('a', { dataMention: attributeValue(node, 'entity') }, children);
  if (node.name === 'Citation') return element('a', { dataCitation: attributeValue(node, 'outlet'), dataDate: attributeValue(node, 'date') }, children);
  if (node.name === 'When') return element('time', { dateTime: attributeValue(node, 'date') }, children);
  throw new Error(`<${node.name}> reached the renderer: the markup checks should have refused it`);
};

/**
 * Renders the blocks of one article. They go through mdast-util-to-hast as one tree, in reading
 * order, so the footnotes are numbered across the article and gathered in one section at its end,
 * as GFM does for a whole document.
 */
export function renderProse(blocks: readonly ProseBlock[]): ArticleHtml {
  // mdast-util-to-hast first walks the whole tree with unist-util-visit to find the footnote
  // definitions, a walk that cost more than a quarter of rendering (4.1 of 14.5 s over 5,000
  // articles). So a block holds its nodes apart from `children`, where that walk does not look,
  // and the definitions, found here by a cheaper walk, are also handed over at the top, where it
  // finds them; they render as nothing, there as in their block. (Link definitions, the other
  // kind it looks for, are refused by the checks.)
  const definitions: RootContent[] = [];
  for (const block of blocks) {
    for (const node of block.nodes) {
      eachNode<Nodes>(node, (each) => {
        if (each.type === 'footnoteDefinition') definitions.push(each);
      });
    }
  }
  const tree = { type: 'root', children: [...blocks.map((block) => ({ type: BLOCK, key: block.key, nodes: block.nodes })), ...definitions] } as unknown as Nodes;
  const hast = toHast(tree, {
    handlers: {
      mdxJsxTextElement: inlineComponent,
      [BLOCK]: (state: State, node: { key: string; nodes: RootContent[] }) => element('div', { dataBlock: node.key }, state.all({ type: 'root', children: node.nodes })),
    } as Record<string, Handler>,
  }) as HastRoot;
  const html: Record<string, string> = {};
  // `&amp;` rather than `&#x26;`, as Astro writes the rest of the page.
  const toPageHtml = (node: Parameters<typeof toHtml>[0]) => toHtml(node, { characterReferences: { useNamedReferences: true } });
  // mdast-util-to-hast marks a reference and its back link for GitHub's scripts and styles
  // (data-footnote-ref, data-footnote-backref and that class): nothing here reads them, the links'
  // aria attributes say what they are, and they were 40 bytes a reference (8 MB of 5,000 articles).
  eachNode<HastNodes>(hast, (node) => {
    if (node.type !== 'element') return;
    if ('dataFootnoteRef' in node.properties) delete node.properties.dataFootnoteRef;
    if ('dataFootnoteBackref' in node.properties) {
      delete node.properties.dataFootnoteBackref;
      delete node.properties.className;
    }
  });
  let footnotes = '';
  for (const child of hast.children) {
    if (child.type !== 'element') continue;
    const key = child.properties.dataBlock;
    if (typeof key === 'string') html[key] = toPageHtml(child.children);
    else footnotes = toPageHtml(child);
  }
  return { blocks: html, footnotes };
}

/** What a link to an entity shows on hover: its register name and type. */
export interface LinkedEntity {
  name: string;
  type: string;
  /** An outlet's listed reports: a citation of one it does not list (a draft's) is shown as unresolved. */
  reports?: readonly { date: string }[];
}


/** The markers renderProse leaves (the only attributes it writes on them, in this order). */
const MARKER = /<a data-mention="([^"]*)">|<a data-citation="([^"]*)" data-date="([^"]*)">/g;

/**
 * The rendered prose with its mention and citation markers made into links to the register. A
 * mention's title names the entity and its type where its words are not the entity's name (a
 * variant, a surname); where they are, it would repeat them (the preview card gives the type).
 */
export function linkMarkers(html: string, entityOf: (slug: string) => LinkedEntity): string {
  return html.replace(MARKER, (marker, mentioned: string | undefined, outlet: string | undefined, date: string | undefined, offset: number) => {
    if (mentioned !== undefined) {
      const entity = entityOf(mentioned);
      const href = `<a class="mention" href="${entityUrl(mentioned)}"`;
      if (html.startsWith(`${escape(entity.name)}</a>`, offset + marker.length)) return `${href}>`;
      return `${href} title="${escape(`${entity.name} (${entity.type})`)}">`;
    }
    const source = entityOf(outlet!);
    if (source.reports && !source.reports.some((report) => report.date === date)) {
      return `<a class="citation unresolved" href="${entityUrl(outlet!)}" title="${escape(`${source.name}, report of ${date}: not in the register yet (a draft)`)}">`;
    }
    return `<a class="citation" href="${reportUrl(outlet!, date!)}" title="${escape(`${source.name}, report of ${date}`)}">`;
  });
}
