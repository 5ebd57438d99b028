/**
 * Reads an article's MDX body into its parts: the original paragraphs (text verbatim, with the
 * entity mentions and source citations marked in them) and the editorial annotations on each.
 *
 * The markup, as an editor writes it:
 *
 *   <Paragraph n={2}>
 *   On September 21 <Mention entity="sherali-khayrulloyev">Khayrulloyev</Mention> received … (<Citation outlet="asia-plus" date="2004-09-21">Asia Plus, September 21</Citation>).
 *
 *   <Annotation id="p2-n1" kind="context" title="…">
 *   Editorial text, with GFM footnotes for its references.[^p2-1]
 *   </Annotation>
 *   </Paragraph>
 *
 * The same function serves the build (validation, back-links) and the tests (integrity of the text).
 */
import type { FootnoteDefinition, Nodes, Paragraph as MdParagraph, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { ContentError, ContentErrors, type ContentWarning } from './content-error.ts';
import { renderProse, type ProseBlock } from './article-html.ts';
import { paragraphAnchor, parseArticleAnchor } from './permalink.ts';
import { ANNOTATION_KINDS, type AnnotationKind } from './schema.ts';
import { isCalendarDate } from './dates.ts';
import { sentences, sentencesAt } from './snippet.ts';
import { eachNode } from './tree-walk.ts';

/** A name in the text that refers to an entity. */
export interface Mention {
  entity: string;
  /** The words as they stand in the text. */
  text: string;
  /** Character offsets of those words in the paragraph's or annotation's plain text. */
  start: number;
  end: number;
  line: number | undefined;
}

/** One of the original's own parenthetical source citations, e.g. (Avesta, September 17). */
export interface Citation {
  outlet: string;
  /** The cited report's date, YYYY-MM-DD. */
  date: string;
  text: string;
  start: number;
  end: number;
  /** The sentence of the original that the citation supports. */
  claim: string;
  line: number | undefined;
}

/** A date marked in the text with <When>, for the chronology. */
export interface DateMark {
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the text is. */
  date: string;
  /** The last day of a span ("1–5 December 2004"), same forms. */
  until: string | undefined;
  text: string;
  start: number;
  end: number;
  line: number | undefined;
  /**
   * The sentence the date stands in, as the bounds of its words in the text: the chronology's
   * item (chronology.ts). Found when the text is read, so that a build does not split every
   * paragraph and note into sentences again.
   */
  sentence: { start: number; end: number };
}

/** Plain text with what is marked in it, each mark at its offsets in the text. */
export interface Prose {
  text: string;
  mentions: Mention[];
  dates: DateMark[];
  /** Footnote references, with the offset in the text where each stands. */
  footnoteRefs: { label: string; at: number }[];
}

/** One paragraph of the original, its text exactly as published. */
export interface OriginalParagraph extends Prose {
  n: number;
  citations: Citation[];
  line: number | undefined;
}

/** One editorial annotation on a paragraph; its text is the prose without the footnote definitions. */
export interface Annotation extends Prose {
  id: string;
  paragraph: number;
  kind: AnnotationKind;
  title: string;
  line: number | undefined;
}

/**
 * The article's prose as HTML, with mention and citation markers (article-html.ts). Only the
 * article's own page shows it, so the corpus keeps it apart from the model (corpus.ts).
 */
export interface ArticleHtml {
  /** Each original paragraph ("p3") and each note's body ("p3-n1") with the references it cites first, by anchor. */
  blocks: Record<string, string>;
}

export interface ArticleMarkup {
  paragraphs: OriginalParagraph[];
  annotations: Annotation[];
  /** Footnote label → plain text of its definition. */
  footnoteDefinitions: Record<string, string>;
  /** Footnote label → the line of its definition and the addresses it links (for the source check). */
  footnoteSources: Record<string, { line: number | undefined; urls: string[] }>;
  html: ArticleHtml;
  /** What may be intended but is not published as written (a footnote no note cites). */
  warnings: ContentWarning[];
}

/**
 * The one parser of an article: MDX with GitHub Flavored Markdown (footnotes, tables,
 * strikethrough, task lists, bare URLs as links), by satteri, the Rust MDX engine Astro 7 builds
 * its own Markdown and MDX with. It gives the same mdast as remark-parse with remark-mdx and
 * remark-gfm (compared on every generated article before the change) in a tenth of the time, and
 * in time linear in the article's length. The page, the exports and the search records are all
 * made from the tree it gives.
 */
function parseBody(body: string, file: string, lineOffset: number): Root {
  try {
    return mdxToMdast(body, { features: { gfm: true, frontmatter: false } }) as Root;
  } catch (error) {
    // satteri reports "line:column: problem (rule)", counted in the body.
    const message = (error as Error).message;
    const place = /^(\d+):\d+: ([\s\S]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(message);
    throw new ContentError(
      file,
      `the MDX cannot be parsed: ${place?.[2] ?? message}`,
      'check the tags around that line (every <Paragraph> and <Annotation> closed; "{" and "<" in text written as \\{ and \\<)',
      place ? Number(place[1]) + lineOffset : undefined,
    );
  }
}

/**
 * Parses an article body. `lineOffset` is the number of lines before the body in its file
 * (the front matter), so that errors point at the right line of the file.
 */
export function parseArticleMarkup(body: string, file: string, lineOffset = 0): ArticleMarkup {
  const errors: ContentError[] = [];
  const lineOf = (node: Nodes): number | undefined =>
    node.position ? node.position.start.line + lineOffset : undefined;
  const fail = (node: Nodes, problem: string, fix: string) => errors.push(new ContentError(file, problem, fix, lineOf(node)));
  /** Annotation ids that do not match their paragraph's number: reported after the numbering is right. */
  const idFormErrors: ContentError[] = [];

  const tree = parseBody(body, file, lineOffset);

  rejectUnsafeMarkup(tree, fail);
  if (errors.length > 0) throw new ContentErrors(errors);

  const paragraphs: OriginalParagraph[] = [];
  const annotations: Annotation[] = [];
  const footnoteDefinitions: Record<string, string> = {};
  const footnoteSources: Record<string, { line: number | undefined; urls: string[] }> = {};
  const footnoteLines = new Map<string, number | undefined>();
  /** What the page shows, in reading order, rendered once the whole file has been checked. */
  const proseBlocks: ProseBlock[] = [];
  /** Definitions outside any note (at the top level, or in a <Paragraph> between its notes): rendered with the blocks. */
  const looseDefinitions: FootnoteDefinition[] = [];

  const defineFootnote = (node: FootnoteDefinition): void => {
    const earlier = footnoteLines.get(node.identifier);
    if (footnoteLines.has(node.identifier)) {
      fail(node, `footnote [^${node.label ?? node.identifier}] is defined twice (also at line ${earlier ?? '?'}): a reference could show either`, 'give each footnote definition its own label, unique in the file, and point each reference at the one it means');
      return;
    }
    footnoteLines.set(node.identifier, lineOf(node));
    footnoteDefinitions[node.identifier] = toString(node);
    const urls: string[] = [];
    eachNode<Nodes>(node, (inner) => void (inner.type === 'link' && urls.push(inner.url)));
    footnoteSources[node.identifier] = { line: lineOf(node), urls };
  };
  const collectFootnoteDefinition = (node: RootContent): boolean => {
    if (node.type !== 'footnoteDefinition') return false;
    defineFootnote(node);
    looseDefinitions.push(node);
    return true;
  };

  /** The line of each paragraph's <Paragraph n> tag, where its number is written. */
  const tagLines = new Map<OriginalParagraph, number | undefined>();
  for (const block of tree.children) {
    if (collectFootnoteDefinition(block)) continue;
    if (!isJsx(block, 'Paragraph')) {
      fail(block, `"${block.type}" outside a <Paragraph>: the body holds only <Paragraph n={N}> blocks and footnote definitions`, 'move the text into the <Paragraph> it belongs to, inside an <Annotation> if it is editorial');
      continue;
    }
    const n = Number(attribute(block, 'n'));
    if (!Number.isInteger(n) || n < 1) {
      fail(block, '<Paragraph> needs a whole-number attribute n, e.g. <Paragraph n={3}>', 'add n={N}, the paragraph\'s place in the original');
      continue;
    }
    let original: OriginalParagraph | undefined;
    let annotationCount = 0;
    for (const child of block.children) {
      if (collectFootnoteDefinition(child)) continue;
      if (child.type === 'paragraph' && original === undefined && annotationCount === 0) {
        original = readOriginal(child, n);
        paragraphs.push(original);
        tagLines.set(original, lineOf(block));
        proseBlocks.push({ key: paragraphAnchor(n), nodes: [child] });
      } else if (isJsx(child, 'Annotation')) {
        annotationCount++;
        const annotation = readAnnotation(child, n);
        if (annotation) {
          annotations.push(annotation);
          proseBlocks.push({ key: annotation.id, nodes: child.children });
        }
      } else {
        fail(child, `unexpected "${child.type}" in paragraph ${n}: a <Paragraph> holds the original text (one Markdown paragraph, first) and then <Annotation> elements`, 'put editorial text inside an <Annotation>; keep the original paragraph on one line');
      }
    }
    if (!original) fail(block, `paragraph ${n} has no original text`, 'write the original paragraph on the line after <Paragraph n={…}>');
  }

  if (paragraphs.length === 0 && errors.length === 0) {
    errors.push(new ContentError(file, 'the article has no paragraphs: it would be published as an empty edition', 'add the original\'s paragraphs, one <Paragraph n={N}> block each, with the text on the line after the tag', lineOffset + 1));
  }
  // A misnumbered paragraph makes its notes' ids look wrong too: the numbering is reported first,
  // and the ids only once it is right (most then follow from it).
  const numberingErrors = errors.length;
  checkNumbering(paragraphs);
  if (errors.length > numberingErrors) errors.unshift(...errors.splice(numberingErrors));
  else errors.push(...idFormErrors);
  const annotationIds = new Set<string>();
  for (const annotation of annotations) {
    if (annotationIds.has(annotation.id)) {
      errors.push(new ContentError(file, `annotation id "${annotation.id}" is used twice`, 'give each annotation its own id; ids are permanent anchors, so number new ones after the last', annotation.line));
    }
    annotationIds.add(annotation.id);
  }
  if (errors.length > 0) throw new ContentErrors(errors);

  // A definition no note cites is not on the page (GFM drops it): perhaps a note to self, perhaps a lost reference.
  const cited = new Set(annotations.flatMap((annotation) => annotation.footnoteRefs.map((ref) => ref.label)));
  const warnings: ContentWarning[] = [...footnoteLines]
    .filter(([label]) => !cited.has(label))
    .map(([label, line]) => ({ file, line, problem: `footnote [^${label}] is defined but no note cites it, so it is not published`, fix: `cite it with [^${label}] in the note it supports, or delete the definition` }));

  return { paragraphs, annotations, footnoteDefinitions, footnoteSources, html: renderProse(proseBlocks, looseDefinitions), warnings };

  function checkNumbering(found: OriginalParagraph[]) {
    const seen = new Map<number, OriginalParagraph>();
    const tagLine = (paragraph: OriginalParagraph) => tagLines.get(paragraph) ?? paragraph.line;
    for (const paragraph of found) {
      const earlier = seen.get(paragraph.n);
      if (earlier) {
        errors.push(new ContentError(file, `paragraph number ${paragraph.n} is used twice (also at line ${tagLine(earlier)})`, 'number the paragraphs 1, 2, 3 … in the order of the original, each once', tagLine(paragraph)));
      }
      seen.set(paragraph.n, paragraph);
    }
    found.forEach((paragraph, index) => {
      if (!seen.has(index + 1)) {
        errors.push(new ContentError(file, `paragraph number ${index + 1} is missing: the ${ordinal(index + 1)} <Paragraph> is numbered ${paragraph.n} (numbers must run 1 to ${found.length})`, 'number the paragraphs 1, 2, 3 … in the order of the original, with no gaps', tagLine(paragraph)));
      }
    });
    if (found.some((paragraph, index) => index > 0 && paragraph.n < found[index - 1]!.n)) {
      errors.push(new ContentError(file, 'paragraphs are not in ascending order', 'keep the <Paragraph> blocks in the order of the original', found[0] && tagLine(found[0])));
    }
  }

  /** The first text node under `node` that holds `text` (to point at the line of a literal "[^label]"). */
  function textNodeWith(node: Nodes, text: string): Nodes | undefined {
    if (node.type === 'text') return node.value.includes(text) ? node : undefined;
    for (const child of 'children' in node ? (node.children as Nodes[]) : []) {
      const found = textNodeWith(child, text);
      if (found) return found;
    }
    return undefined;
  }

  function readOriginal(node: MdParagraph, n: number): OriginalParagraph {
    const citations: Citation[] = [];
    const prose = readProse(node.children, {
      where: `the original text of paragraph ${n}`,
      citation: (element, before) => {
        const citation = readCitation(element, before);
        if (citation) citations.push(citation);
        return citation?.text ?? '';
      },
      other: (piece) => {
        fail(piece, `"${piece.type}" in the original text of paragraph ${n}: the original carries only text, <Mention>, <When> and <Citation>`, 'remove the Markdown formatting; if a character such as * or _ is part of the original, escape it with a backslash');
        return '';
      },
    });
    return { n, ...prose, citations, line: lineOf(node) };
  }

  function readAnnotation(node: MdxJsxFlowElement, paragraph: number): Annotation | undefined {
    const id = attribute(node, 'id');
    const kind = attribute(node, 'kind');
    const title = attribute(node, 'title');
    const anchor = typeof id === 'string' ? parseArticleAnchor(id) : undefined;
    if (anchor?.note === undefined || anchor.paragraph !== paragraph) {
      idFormErrors.push(new ContentError(file, `annotation id ${JSON.stringify(id)} in paragraph ${paragraph} is not of the form p${paragraph}-n<k>`, `give it id="p${paragraph}-n<k>", k one more than the last annotation's on this paragraph`, lineOf(node)));
      return undefined;
    }
    if (!ANNOTATION_KINDS.includes(kind as AnnotationKind)) {
      fail(node, `annotation ${id} has kind ${JSON.stringify(kind)}`, `use kind="${ANNOTATION_KINDS.join('" | "')}"`);
      return undefined;
    }
    if (typeof title !== 'string' || title.trim() === '') {
      fail(node, `annotation ${id} has no title`, 'add title="…", a short heading for the note');
      return undefined;
    }
    const prose = readProse(node.children, {
      where: `annotation ${id}`,
      citation: (element) => {
        fail(element, `<Citation> inside annotation ${id}: it marks the original's own citations only`, 'cite sources in an annotation with a footnote, [^label], and its definition');
        return '';
      },
    });
    // GFM leaves a reference to an undefined footnote as literal text, so look for it there.
    for (const [reference, label] of prose.text.matchAll(/\[\^([^\]\s]+)\]/g)) {
      fail(textNodeWith(node, reference) ?? node, `annotation ${id} cites footnote [^${label}], which the article does not define`, `add a line "[^${label}]: Title, URL" inside the annotation, after its text`);
    }
    return { id: id!, paragraph, kind: kind as AnnotationKind, title, ...prose, line: lineOf(node) };
  }

  /**
   * Reads prose into plain text and its marks. Mentions and dates are transparent: their words
   * stay in the text. Blocks (paragraphs, list items) are separated by a blank line; footnote
   * definitions are collected, not read as text. `other`, when given, decides what any node but
   * text and the marks contributes (the original allows nothing else).
   */
  function readProse(
    nodes: readonly Nodes[],
    rules: { where: string; citation: (node: MdxJsxTextElement, before: string) => string; other?: (node: Nodes) => string },
  ): Prose {
    const prose: Prose = { text: '', mentions: [], dates: [], footnoteRefs: [] };
    const dates: Omit<DateMark, 'sentence'>[] = [];
    const visit = (node: Nodes): void => {
      const start = prose.text.length;
      if (node.type === 'text') {
        prose.text += node.value;
      } else if (isJsx(node, 'Mention')) {
        const mention = readMention(node, start);
        if (mention) prose.mentions.push(mention);
        prose.text += mention?.text ?? '';
      } else if (isJsx(node, 'When')) {
        const date = readWhen(node, start, rules.where);
        if (date) dates.push(date);
        prose.text += date?.text ?? '';
      } else if (isJsx(node, 'Citation')) {
        prose.text += rules.citation(node, prose.text);
      } else if (node.type === 'footnoteReference') {
        prose.footnoteRefs.push({ label: node.identifier, at: start });
      } else if (node.type === 'footnoteDefinition') {
        defineFootnote(node);
      } else if (rules.other) {
        prose.text += rules.other(node);
      } else if ('children' in node) {
        const isBlock = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
        if (isBlock && prose.text !== '' && !prose.text.endsWith('\n\n')) prose.text += '\n\n';
        for (const child of node.children as Nodes[]) visit(child);
      } else {
        prose.text += toString(node);
      }
    };
    for (const node of nodes) visit(node);
    prose.text = prose.text.trimEnd();
    const bounds = sentencesAt(prose.text, dates.map((date) => date.start));
    prose.dates = dates.map((date, index) => ({ ...date, sentence: bounds[index]! }));
    return prose;
  }

  function readMention(node: MdxJsxTextElement, start: number): Mention | undefined {
    const entity = attribute(node, 'entity');
    const text = plainChildText(node);
    if (typeof entity !== 'string' || entity === '') {
      fail(node, '<Mention> needs an entity attribute naming the entity\'s slug', 'write <Mention entity="slug">words</Mention>, where slug is a file name in content/entities/');
      return undefined;
    }
    if (text === undefined) return undefined;
    if (text.trim() === '') {
      fail(node, `<Mention entity="${entity}"> has no words: it would be an empty link`, 'put the words of the text inside it, <Mention entity="slug">words</Mention>, or remove it');
      return undefined;
    }
    return { entity, text, start, end: start + text.length, line: lineOf(node) };
  }

  function readWhen(node: MdxJsxTextElement, start: number, where: string): Omit<DateMark, 'sentence'> | undefined {
    const date = attribute(node, 'date');
    const until = attribute(node, 'until');
    const text = plainChildText(node);
    if (typeof date !== 'string' || !isCalendarDate(date) || (until !== undefined && (!isCalendarDate(until) || until < date))) {
      fail(node, `<When> in ${where} needs date="YYYY", "YYYY-MM" or "YYYY-MM-DD", a date of the calendar (and an optional later until="…"); it has date=${JSON.stringify(date)}${until === undefined ? '' : ` until=${JSON.stringify(until)}`}`, 'write <When date="2004-10-16">16 October 2004</When>, or date="2004-12-01" until="2004-12-05" for a span');
      return undefined;
    }
    if (text === undefined) return undefined;
    return { date, until, text, start, end: start + text.length, line: lineOf(node) };
  }

  function readCitation(node: MdxJsxTextElement, before: string): Citation | undefined {
    const outlet = attribute(node, 'outlet');
    const date = attribute(node, 'date');
    const text = plainChildText(node);
    if (typeof outlet !== 'string' || typeof date !== 'string' || !isCalendarDate(date, 'day')) {
      fail(node, `<Citation> needs outlet="slug" and date="YYYY-MM-DD", a date of the calendar; it has ${typeof date === 'string' ? `date=${JSON.stringify(date)}` : 'no date'}`, 'write <Citation outlet="avesta" date="2004-09-17">Avesta, September 17</Citation>');
      return undefined;
    }
    if (text === undefined) return undefined;
    const start = before.length;
    return { outlet, date, text, start, end: start + text.length, claim: lastSentence(before), line: lineOf(node) };
  }

  function plainChildText(node: MdxJsxTextElement): string | undefined {
    if (node.children.every((child) => child.type === 'text')) return toString(node);
    fail(node, `<${node.name}> may contain only plain words`, 'remove the formatting or nested tags inside it');
    return undefined;
  }
}

/**
 * The components an article may use, with the attributes each takes. Anything else would be
 * either lost or, in an MDX compiler, run or shown as it stands (<script>, <img onerror>).
 */
const COMPONENTS: Record<string, readonly string[]> = {
  Paragraph: ['n'],
  Annotation: ['id', 'kind', 'title'],
  Mention: ['entity'],
  When: ['date', 'until'],
  Citation: ['outlet', 'date'],
};
const COMPONENT_NAMES = Object.keys(COMPONENTS);

/** Whether a link may stand in an article: http(s), mailto or relative; never javascript: or data:. */
export function isSafeLinkUrl(url: string): boolean {
  // Browsers drop tabs and newlines anywhere in a URL and control characters around it.
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/**
 * Raw HTML, other JSX and {expressions} would reach the page as they are, so an article holds
 * only its components, text, Markdown, and links that cannot run script.
 */
function rejectUnsafeMarkup(tree: Root, fail: (node: Nodes, problem: string, fix: string) => void): void {
  eachNode<Nodes>(tree, (node) => {
    const type: string = node.type;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !Object.hasOwn(COMPONENTS, node.name ?? '')) {
      fail(node, `<${node.name ?? ''}> is raw HTML or JSX, which would reach the page as it stands: an article uses only <${COMPONENT_NAMES.join('>, <')}>`, 'write it as text, escaping "<" as \\<, and use Markdown for emphasis and links');
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkAttributes(node, COMPONENTS[node.name!]!, fail);
    } else if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
      fail(node, `{${toString(node)}} is code in MDX, not text`, 'escape the braces as \\{ and \\} to write them as text');
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeLinkUrl(node.url)) {
      fail(node, `the link ${JSON.stringify(node.url)} could run script: links are http(s), mailto or relative`, 'link to the page itself with https://…');
    }
  });
}

/**
 * A component's attributes are plain strings, named as the component takes them. The one number,
 * <Paragraph n={3}>, may be written as an expression holding only digits; any other {expression}
 * would be code, which nothing here runs and no check could see.
 */
function checkAttributes(node: MdxJsxFlowElement | MdxJsxTextElement, allowed: readonly string[], fail: (node: Nodes, problem: string, fix: string) => void): void {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      fail(node, `<${node.name}> has the attribute expression {${attr.value}}, which is code, not text`, `write each attribute as name="value": <${node.name}> takes ${allowed.join(', ')}`);
    } else if (!allowed.includes(attr.name)) {
      fail(node, `<${node.name}> has no attribute "${attr.name}"`, `<${node.name}> takes ${allowed.map((name) => `${name}="…"`).join(', ')}; correct or remove "${attr.name}"`);
    } else if (attr.value !== null && typeof attr.value === 'object' && !(node.name === 'Paragraph' && /^\s*\d+\s*$/.test(attr.value.value))) {
      fail(node, `<${node.name}> ${attr.name}={${attr.value.value}} is code, not text`, `write it as a quoted string, ${attr.name}="…"${node.name === 'Paragraph' ? ', or a plain number, n={3}' : ''}`);
    }
  }
}

/** The last sentence of a passage: what a citation at its end supports. */
export function lastSentence(passage: string): string {
  return sentences(passage.replace(/\s*\($/, '')).at(-1)?.text ?? '';
}

function isJsx(node: Nodes, name: 'Paragraph' | 'Annotation'): node is MdxJsxFlowElement;
function isJsx(node: Nodes, name: 'Mention' | 'Citation' | 'When'): node is MdxJsxTextElement;
function isJsx(node: Nodes, name: string): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;
}

/** The value of a JSX attribute: a string, the source text of an expression ({3} → "3"), or undefined. */
function attribute(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find((attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name);
  if (!found || found.value === null || found.value === undefined) return undefined;
  return typeof found.value === 'string' ? found.value : found.value.value;
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
