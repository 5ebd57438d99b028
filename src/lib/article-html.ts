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
import { escape } from 'html-escaper';
import type { FootnoteDefinition, Nodes, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import type { ArticleHtml } from './article-markup.ts';
import { attributeValue, CLOBBER_PREFIX, COMPONENT_ELEMENTS, directProseHtml, FOOTNOTE_ID_PREFIX } from './direct-html.ts';
import { entityUrl, reportUrl } from './permalink.ts';
import { proseHtml } from './prose-html.ts';
import { eachNode } from './tree-walk.ts';

/** A part of the article rendered on its own: an original paragraph ("p3") or a note's body ("p3-n1"). */
export interface ProseBlock {
  key: string;
  nodes: RootContent[];
}

/** The ids of the references' back links, which mdast-util-to-hast makes (direct-html.ts, CLOBBER_PREFIX). */
const REFERENCE_ID_PREFIX = `${CLOBBER_PREFIX}fnref-`;

/** Our own node type, wrapping one block in the tree handed to mdast-util-to-hast. */
const BLOCK = 'glossaBlock';

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** The article's own components, inline; the checks have allowed no other JSX by now. */
const inlineComponent: Handler = (state: State, node: MdxJsxTextElement) => {
  const markup = node.name && Object.hasOwn(COMPONENT_ELEMENTS, node.name) ? COMPONENT_ELEMENTS[node.name]! : undefined;
  if (!markup) throw new Error(`<${node.name}> reached the renderer: the markup checks should have refused it`);
  return element(markup.tag, Object.fromEntries(markup.properties.map(([property, attribute]) => [property, attributeValue(node, attribute)])), state.all(node));
};

/**
 * Renders the blocks of one article. They go through mdast-util-to-hast as one tree, in reading
 * order, so the footnotes are numbered across the article as GFM numbers them for a whole
 * document; each definition is then listed at the end of the first note that cites it
 * (`listUnderNotes`), not in a section at the foot of the page. `looseDefinitions` are those the
 * file gives outside any block (between notes, or after the last paragraph).
 */
export function renderProse(blocks: readonly ProseBlock[], looseDefinitions: readonly FootnoteDefinition[] = []): ArticleHtml {
  // mdast-util-to-hast first walks the whole tree with unist-util-visit to find the footnote
  // definitions, a walk that cost more than a quarter of rendering (4.1 of 14.5 s over 5,000
  // articles). So a block holds its nodes apart from `children`, where that walk does not look,
  // and the definitions, found here by a cheaper walk, are also handed over at the top, where it
  // finds them; they render as nothing, there as in their block. (Link definitions, the other
  // kind it looks for, are refused by the checks.)
  const definitions: FootnoteDefinition[] = [...looseDefinitions];
  for (const block of blocks) {
    for (const node of block.nodes) {
      eachNode<Nodes>(node, (each) => {
        if (each.type === 'footnoteDefinition') definitions.push(each);
      });
    }
  }
  // Most articles hold only nodes that direct-html.ts writes itself, the same bytes faster.
  const direct = directProseHtml(blocks, definitions);
  if (direct) return direct;
  const tree = { type: 'root', children: [...blocks.map((block) => ({ type: BLOCK, key: block.key, nodes: block.nodes })), ...definitions] } as unknown as Nodes;
  const hast = toHast(tree, {
    clobberPrefix: CLOBBER_PREFIX,
    handlers: {
      mdxJsxTextElement: inlineComponent,
      [BLOCK]: (state: State, node: { key: string; nodes: RootContent[] }) => element('div', { dataBlock: node.key }, state.all({ type: 'root', children: node.nodes })),
    } as Record<string, Handler>,
  }) as HastRoot;
  const rendered = hast.children.filter((child): child is Element => child.type === 'element');
  const footnotes = rendered.find((child) => child.properties.dataBlock === undefined);
  const blockElements = rendered.filter((child) => child !== footnotes);
  if (footnotes) listUnderNotes(blockElements, footnotes);
  // `&amp;` rather than `&#x26;`, as Astro writes the rest of the page (prose-html.ts).
  return { blocks: Object.fromEntries(blockElements.map((child) => [String(child.properties.dataBlock), proseHtml(child.children)])) };
}


/**
 * Moves each definition of the footnotes section into the first note that cites it, as an ordered
 * list that keeps the article's numbering, and leaves the references plain links to it. A reader
 * finds a note's sources under the note, not at the foot of a long page, so the section's back
 * links, the references' ids they pointed to and the label the references named go. Each
 * definition keeps its id: a link to it still lands on it. At 5,000 articles, 24.9 million bytes less.
 */
function listUnderNotes(blocks: readonly Element[], section: Element): void {
  const items = new Map<string, { item: Element; number: number }>();
  let number = 0;
  // The section's own list items only: a definition may hold a list of its own.
  const list = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'ol');
  for (const node of list?.children ?? []) {
    if (node.type !== 'element' || node.tagName !== 'li') continue;
    number += 1;
    items.set(String(node.properties.id), { item: definitionItem(node), number });
  }
  for (const block of blocks) {
    const cited: { item: Element; number: number }[] = [];
    eachNode<HastNodes>(block, (node) => {
      if (node.type !== 'element' || node.tagName !== 'a' || !String(node.properties.href).startsWith(`#${FOOTNOTE_ID_PREFIX}`)) return;
      node.properties = { href: node.properties.href };
      const target = String(node.properties.href).slice(1);
      const definition = items.get(target);
      if (definition) {
        cited.push(definition);
        items.delete(target);
      }
    });
    if (cited.length === 0) continue;
    // Numbers run on across the article, so a note's list starts at its first definition's.
    const start = cited[0]!.number;
    block.children.push(element('ol', { className: ['note-references'], ariaLabel: 'References', ...(start > 1 ? { start } : {}) }, cited.map(({ item }) => item)));
  }
}

const isBackLink = (node: ElementContent): boolean => node.type === 'element' && node.tagName === 'a' && String(node.properties.href).startsWith(`#${REFERENCE_ID_PREFIX}`);

/** Children without back links, nor the spaces they stood after. */
function withoutBackLinks(children: ElementContent[]): ElementContent[] {
  const kept = children.filter((child) => !isBackLink(child));
  while (kept.at(-1)?.type === 'text' && (kept.at(-1) as { value: string }).value.trimEnd() === '') kept.pop();
  const last = kept.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return kept;
}

/**
 * A definition's list item without its back links (which stand in its last paragraph, or after its
 * last block when that is not a paragraph), its one paragraph unwrapped.
 */
function definitionItem(item: Element): Element {
  const blocks = withoutBackLinks(item.children).filter((child): child is Element => child.type === 'element');
  for (const block of blocks) if (block.tagName === 'p') block.children = withoutBackLinks(block.children);
  return element('li', { id: item.properties.id }, blocks.length === 1 && blocks[0]!.tagName === 'p' ? blocks[0]!.children : blocks);
}

/** What a link to an entity shows on hover: its register name and type. */
export interface LinkedEntity {
  name: string;
  type: string;
  /** An outlet's listed reports: a citation of one it does not list (a draft's) is shown as unresolved. */
  reports?: readonly { date: string }[];
}


/**
 * The dates of an outlet's listed reports, as a set made once per list: a page's citations were
 * each looked up through the list, thousands long for an outlet cited often (0.4 s of a cold build
 * at 5,000 articles).
 */
const datesOfReports = new WeakMap<readonly { date: string }[], Set<string>>();
function reportDates(reports: readonly { date: string }[]): Set<string> {
  let dates = datesOfReports.get(reports);
  if (!dates) datesOfReports.set(reports, (dates = new Set(reports.map((report) => report.date))));
  return dates;
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
      const href = `<a href="${entityUrl(mentioned)}"`;
      if (html.startsWith(`${escape(entity.name)}</a>`, offset + marker.length)) return `${href}>`;
      return `${href} title="${escape(`${entity.name} (${entity.type})`)}">`;
    }
    const source = entityOf(outlet!);
    if (source.reports && !reportDates(source.reports).has(date!)) {
      return `<a class="citation unresolved" href="${entityUrl(outlet!)}" title="${escape(`${source.name}, report of ${date}: not in the register yet (a draft)`)}">`;
    }
    return `<a class="citation" href="${reportUrl(outlet!, date!)}" title="${escape(`${source.name}, report of ${date}`)}">`;
  });
}
