/**
 * Citations of the article, a paragraph and an entity, in the formats scholars use, produced by
 * Citation.js from one CSL-JSON item each. Styles: APA (bundled with Citation.js), Chicago (17th ed.,
 * notes and bibliography) and MLA (7th ed., the newest MLA style packaged on npm), both from the
 * Citation Style Language project.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import chicago from '@citation/csl-style-chicago-note-bibliography';
import mla from 'style-mla';
import CSL from 'citeproc';
import { rememberAll, remembered } from './content-cache.ts';
import type { ArticleMeta, Entity } from './schema.ts';

// Node reads the style package as CommonJS, so from ESM its data sits one `default` deeper than Vite sees it.
const chicagoStyle = chicago as typeof chicago & { default?: typeof chicago };
const styles = plugins.config.get('@csl').styles;
if (!styles.has('chicago')) styles.add('chicago', chicagoStyle.default?.content ?? chicagoStyle.content);
if (!styles.has('mla')) styles.add('mla', mla);

/** A style as citeproc-js takes it: CSL's XML, or the same tree as JSON (style-mla's form). */
type CslStyle = string | CslNode;
interface CslNode {
  name: string;
  attrs?: Record<string, string>;
  children?: (CslNode | string)[];
}

const LIST_OPTIONS = ['disambiguate-add-names', 'disambiguate-add-givenname', 'disambiguate-add-year-suffix', 'givenname-disambiguation-rule', 'subsequent-author-substitute'];
const LIST_OPTION_ATTRIBUTES = new RegExp(`\\s(?:${LIST_OPTIONS.join('|')})="[^"]*"`, 'g');
/**
 * A style without what orders and tells apart the items of a list: its <sort> keys, its
 * disambiguation options and its subsequent-author substitute (Chicago's and MLA's dash for an
 * author named in the entry before). None can change the text of an item formatted alone, which
 * is what every text of ours is (a session of many items gives each its text alone: OWN_GROUPS),
 * but citeproc-js works out the first two for each item it is given (sort keys and disambiguation
 * were 2.6 of the 10.9 s spent formatting at 1,000 articles). Per item, Chicago
 * 1.01 → 0.87 ms, APA 1.56 → 1.17 ms, MLA 0.57 → 0.47 ms, the same texts for 900 items;
 * tests/unit/cite.test.ts compares ours with Citation.js's own, made with each style as published.
 */
function withoutListOptions(style: CslStyle): CslStyle {
  if (typeof style === 'string') {
    // CSL's <sort> holds only <key> elements, never another <sort>.
    return style.replace(/<sort>[\s\S]*?<\/sort>/g, '').replace(LIST_OPTION_ATTRIBUTES, '');
  }
  const attrs = Object.fromEntries(Object.entries(style.attrs ?? {}).filter(([name]) => !LIST_OPTIONS.includes(name)));
  const children = (style.children ?? []).filter((child) => typeof child === 'string' || child.name !== 'sort').map((child) => (typeof child === 'string' ? child : withoutListOptions(child)));
  return { ...style, attrs, children };
}
/** The name of a style as our engines use it, each item's text its own. */
const forOneItem = (style: string): string => `glossa-one-item-${style}`;

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = Record<string, unknown> & { id: string; type: string; title: string };

/** The text styles offered, in the order shown. */
export const TEXT_STYLES = [
  { id: 'chicago', label: 'Chicago (17th ed.)' },
  { id: 'apa', label: 'APA (7th ed.)' },
  { id: 'mla', label: 'MLA (7th ed.)' },
] as const;
for (const { id } of TEXT_STYLES) if (!styles.has(forOneItem(id))) styles.add(forOneItem(id), withoutListOptions(styles.get(id) as CslStyle));

/** The files offered for reference managers. */
export const FILE_FORMATS = [
  { id: 'bibtex', label: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  { id: 'ris', label: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  { id: 'csl', label: 'CSL-JSON', extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
] as const;
export type FileFormat = (typeof FILE_FORMATS)[number]['id'];

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** The CSL type of an article's item: the only items cited by paragraph, with an in-text form. */
const ARTICLE_TYPE = 'article-journal';

/** The original article as read in this edition: its URL, the edition as the version, accessed on the edition's date. */
export function articleItem(slug: string, meta: ArticleMeta, url: string, paragraph?: number): CslItem {
  return {
    id: paragraph ? `${slug}-p${paragraph}` : slug,
    type: ARTICLE_TYPE,
    title: meta.title,
    'container-title': meta.publication.name,
    publisher: meta.publisher.name,
    volume: String(meta.volume),
    issue: String(meta.issue),
    issued: { ...dateParts(meta.published.date), ...(meta.published.approximate ? { circa: true } : {}) },
    ...(meta.byline ? { author: [{ literal: meta.byline }] } : {}),
    URL: url,
    accessed: dateParts(meta.edition.date),
    version: `Glossa edition ${meta.edition.number}`,
    note: `Annotated edition, Glossa, edition ${meta.edition.number} (${meta.edition.date})${paragraph ? `, paragraph ${paragraph}` : ''}`,
    language: 'en',
  };
}

/** An entry of the register, cited as a page of the edition. */
export function entityItem(slug: string, entity: Entity, url: string, editionDate: string | undefined): CslItem {
  return {
    id: `glossa-${slug}`,
    type: 'webpage',
    title: entity.name,
    'container-title': 'Glossa: register of entities',
    URL: url,
    ...(editionDate ? { issued: dateParts(editionDate), accessed: dateParts(editionDate) } : {}),
    language: 'en',
  };
}

/** The item as a reference-list entry in a style. */
export function formatText(item: CslItem, style: string): string {
  const url = typeof item.URL === 'string' ? item.URL : '';
  const last = sameShape(item, style);
  if (last?.text && url !== '') return last.text.entry.replace(last.text.url, () => url);
  // An article's paragraphs are cited next, with its in-text form; an entity's page cites no paragraph.
  return item.type === ARTICLE_TYPE ? formsOf(item, style).entry : formatForms(item, style).entry;
}

/** The in-text citation (author-date styles) or short note (Chicago) of one paragraph of the item. */
export function formatInText(item: CslItem, style: string, paragraph: number): string {
  const { template } = sameShape(item, style) ?? formsOf(item, style);
  return template ? template.replace(PLACEHOLDER, () => String(paragraph)) : formatForms(item, style, String(paragraph)).inText;
}

/**
 * Whether a paragraph's reference in a style is exactly its article's with the paragraph's URL in
 * place of the article's (at most one occurrence), so that a page can print it once and make the
 * paragraphs' from it.
 */
export function isArticleReferenceWithUrl(paragraph: CslItem, article: CslItem, style: string): boolean {
  const url = String(article.URL);
  const text = formatText(article, style);
  return occurrences(text, url) <= 1 && formatText(paragraph, style) === text.replace(url, () => String(paragraph.URL));
}

/*
 * Citation.js takes milliseconds per citation, and an article page formats six for each paragraph
 * (three styles, the entry and the in-text form): at thousands of articles that was the largest
 * single cost of the build. The items of an article and of its paragraphs differ only in id, URL
 * and note, so the forms last made in each style are kept with their item's other fields, and a
 * paragraph of the same article gets the entry with its own URL put in and the in-text form made
 * with a placeholder paragraph number. Each shortcut is kept only when the text shows it is exact
 * (see below), and tests/unit/cite.test.ts compares both ways for every style and paragraph.
 */
const PLACEHOLDER = '8675309';

/** What the last forms made in a style allow for other items of the same shape. */
interface Shortcuts {
  shape: string;
  /** The entry, if its URL appears at most once and neither the id nor the note appears outside it. */
  text?: { url: string; entry: string };
  /** The in-text form with the placeholder paragraph, if it appears once and the URL, id and note not at all. */
  template?: string;
}
const lastForms = new Map<string, Shortcuts>();
const sameShape = (item: CslItem, style: string): Shortcuts | undefined => {
  const last = lastForms.get(style);
  return last?.shape === shapeOf(item) ? last : undefined;
};

/**
 * The item without the fields that tell an article's paragraphs apart, worked out once per item:
 * an article page asks for it three times per paragraph and style (the block's test of its
 * reference, the reference, the in-text form): 0.43 s of a cold build's CPU profile at 5,000
 * articles, 0.16 s so. Items are made by articleItem and entityItem and never changed afterwards.
 */
const shapes = new WeakMap<CslItem, string>();
const shapeOf = (item: CslItem): string => {
  let shape = shapes.get(item);
  if (shape === undefined) shapes.set(item, (shape = JSON.stringify({ ...item, id: null, URL: null, note: null })));
  return shape;
};
const occurrences = (text: string, part: string): number => text.split(part).length - 1;
const mentionsOwnFields = (text: string, item: CslItem): boolean =>
  text.includes(item.id) || (typeof item.note === 'string' && item.note !== '' && text.includes(item.note));

/** The forms with the placeholder paragraph, and the shortcuts they allow recorded for the next item of the same shape. */
function formsOf(item: CslItem, style: string): CslForms & Shortcuts {
  const forms = formatForms(item, style, PLACEHOLDER);
  const url = typeof item.URL === 'string' ? item.URL : '';
  const shortcuts: Shortcuts = { shape: shapeOf(item) };
  // The id may be part of the URL (an article's slug): the URL is replaced whole, so only the rest must not hold it.
  if (url !== '' && occurrences(forms.entry, url) <= 1 && !mentionsOwnFields(forms.entry.replace(url, ''), item)) shortcuts.text = { url, entry: forms.entry };
  if (occurrences(forms.inText, PLACEHOLDER) === 1 && (url === '' || !forms.inText.includes(url)) && !mentionsOwnFields(forms.inText, item)) shortcuts.template = forms.inText;
  lastForms.set(style, shortcuts);
  return { ...forms, ...shortcuts };
}

/**
 * Citation.js's CSL engine (citeproc-js) for a style: the engine its `format('bibliography' |
 * 'citation')` uses, through the plugin's config. Called directly because going through
 * `new Cite(item).format(…)` (a Cite made from the item, then its output formatted) cost a third
 * more per reference (1,000 articles: Chicago 1.0 against 0.71 ms, APA 1.7 against 1.06 ms, MLA
 * 0.62 against 0.46 ms), and our items are CSL-JSON made here (articleItem, entityItem).
 * tests/unit/cite.test.ts checks that the texts are Citation.js's own.
 */
const cslEngine = plugins.config.get('@csl').engine;

/** What citeproc-js's engine is asked here (https://citeproc-js.readthedocs.io/en/latest/running.html). */
interface CslEngine {
  sys: { retrieveItem: (id: string) => CslItem; [OWN_GROUPS]?: true };
  updateItems(ids: string[]): void;
  makeBibliography(): [{ entry_ids: string[][] }, string[]];
  makeCitationCluster(cites: { id: string; locator: string; label: string }[]): string;
}

/**
 * One engine per style, made once and given the items of one session at a time (one item, or the
 * items prepareCitations formats together): its registry then holds those alone. Asking Citation.js
 * for the engine on every item also emptied its registry first and set its output format again:
 * per item, over 1,000 articles and 1,000 entities, Chicago 1.00 → 0.88 ms, APA 1.21 → 1.06 ms,
 * MLA 0.53 → 0.43 ms, the same texts. The registry keeps an item it holds by id without reading it
 * again, so when an item has the id of one before (an article's edition) the items are put in afresh.
 */
const engines = new Map<string, { engine: CslEngine; items: Map<string, CslItem> }>();

/**
 * Marks our engines: their items are never cited together, so each is in a group of its own. For
 * each item put in, citeproc-js first renders its cite again to key the group of items it cannot
 * be told apart from (CSL.getAmbiguousCite, called with the item alone), and tells the items of a
 * group apart (MLA names the title of one of two works by one author); our engines get a key of
 * its own for each item instead, so a session of many items gives each the text it would have
 * alone (the style has no sort, subsequent-author substitute nor disambiguation either:
 * withoutListOptions). For one item at a time, 18.5% of citeproc-js's time for the same texts
 * (600 articles and 600 entities, three styles, 5,400 texts), 5.1 of the 21.5 s it took at 5,000
 * articles. citeproc-js has no option for it; other engines, and every other call, are left to it.
 * tests/unit/cite.test.ts compares the texts with Citation.js's own, and those of a session with an
 * item's alone.
 */
const OWN_GROUPS = Symbol('glossa.ownGroups');
const ambiguousCite = CSL.getAmbiguousCite;
if (typeof ambiguousCite !== 'function') throw new Error('citeproc-js no longer has CSL.getAmbiguousCite: see cite.ts, OWN_GROUPS');
CSL.getAmbiguousCite = function (this: { sys?: { [OWN_GROUPS]?: true } }, ...args: unknown[]): string {
  const [item] = args as [{ id: string }];
  return args.length === 1 && this.sys?.[OWN_GROUPS] ? `glossa-own-group\0${item.id}` : ambiguousCite.apply(this, args);
};
/**
 * A group of one item has nothing to tell apart, yet citeproc-js's disambiguation renders its cite
 * once more to measure it (getCiteData, where a style tests `disambiguate` in a condition), for
 * every item our engines are given: 1.16 and 1.43 s in two cold builds' CPU profiles at 5,000
 * articles. Our engines' groups are of one item each (above), so their disambiguation is
 * skipped; tests/unit/cite.test.ts compares the texts with Citation.js's own.
 */
const disambiguate = CSL.Disambiguation.prototype.run;
if (typeof disambiguate !== 'function') throw new Error('citeproc-js no longer has CSL.Disambiguation.prototype.run: see cite.ts, OWN_GROUPS');
CSL.Disambiguation.prototype.run = function (this: { sys?: { [OWN_GROUPS]?: true }; ambigcites: Record<string, unknown[]> }, akey: string): void {
  if (this.sys?.[OWN_GROUPS] && (this.ambigcites[akey]?.length ?? 0) <= 1) return;
  disambiguate.call(this, akey);
};

function engineWith(items: readonly CslItem[], style: string): CslEngine {
  let held = engines.get(style);
  if (!held) {
    const made = { engine: cslEngine([], forOneItem(style), 'en-US', 'text') as CslEngine, items: new Map<string, CslItem>() };
    made.engine.sys[OWN_GROUPS] = true;
    made.engine.sys.retrieveItem = (id) => {
      const item = made.items.get(id);
      if (!item) throw new Error(`The CSL engine asked for ${id}, not an item it was given (${[...made.items.keys()].join(', ')})`);
      return item;
    };
    engines.set(style, (held = made));
  }
  if (items.some((item) => held.items.has(item.id))) held.engine.updateItems([]);
  held.items = new Map(items.map((item) => [item.id, item]));
  held.engine.updateItems(items.map((item) => item.id));
  return held.engine;
}

/** An item's reference-list entry and its in-text form at a locator, in one style. */
export interface CslForms {
  entry: string;
  inText: string;
}

const formsKey = (item: CslItem, style: string, locator: string | undefined): string => `forms\0${style}\0${locator ?? ''}\0${JSON.stringify(item)}`;

/**
 * The forms of each item from one engine session, as kept under formsKey: once the engine holds an
 * item for its bibliography, the in-text form costs little (makeCitationCluster), where a session
 * of its own (rebuildProcessorState) cost as much as the entry. Both forms of an article item, over
 * 1,000: Chicago 1.63 → 0.95 ms, APA 2.36 → 1.23 ms, MLA 0.88 → 0.56 ms, the same texts. Without a
 * locator, only the entry is made (an entity's page cites no paragraph): the in-text form was 16–20%
 * of a session's time (5,000 articles and 2,706 entities, each style, timed on a busy machine).
 */
function formsInOneSession(items: readonly CslItem[], style: string, locator: string | undefined): string[] {
  // The engine knows an item by its id: two of one id in a session would both read as one of them.
  if (new Set(items.map((item) => item.id)).size < items.length) throw new Error('One engine session cannot format two items of one id');
  const engine = engineWith(items, style);
  const [{ entry_ids: ids }, entries] = engine.makeBibliography();
  const entryOf = new Map(ids.map(([id], index) => [id, entries[index]!.trim()]));
  return items.map((item) => {
    const entry = entryOf.get(item.id);
    if (entry === undefined) throw new Error(`The CSL engine gave no entry for ${item.id}`);
    if (locator === undefined) return JSON.stringify([entry]);
    return JSON.stringify([entry, engine.makeCitationCluster([{ id: item.id, locator, label: 'paragraph' }]).trim()]);
  });
}

/**
 * An item's reference-list entry and its in-text form at `locator` (the entry alone without one) in
 * one style: from the build's memo when it holds them (prepareCitations made them beforehand), else
 * from a session of its own.
 */
export function formatForms(item: CslItem, style: string, locator: string): CslForms;
export function formatForms(item: CslItem, style: string): Pick<CslForms, 'entry'>;
export function formatForms(item: CslItem, style: string, locator?: string): Partial<CslForms> & Pick<CslForms, 'entry'> {
  const [entry, inText] = JSON.parse(remembered(formsKey(item, style, locator), () => formsInOneSession([item], style, locator)[0]!)) as [string, string?];
  return inText === undefined ? { entry } : { entry, inText };
}

/**
 * Items per session in prepareCitations. Per item, a session of many cost a third less than one each
 * (Chicago, article items with their in-text forms: 1.19 ms in a session of 600, 0.89 in sessions
 * of 500 out of 5,000, 1.00 in one of 5,000), and the texts are an item's alone (OWN_GROUPS).
 */
const SESSION_ITEMS = 500;

/**
 * Makes beforehand, in sessions of many items, the forms that formatText will ask formatForms for
 * (the same keys, the same texts: an article's with the placeholder paragraph, an entity's entry),
 * for the items the build's memo does not keep yet; without a memo (the tests), nothing. Per item,
 * over 600 articles and 600 entities, many sharing an author: Chicago 1.04 → 0.63 ms, APA 1.21 →
 * 0.89 ms, MLA 0.59 → 0.37 ms, every text the same.
 */
export function prepareCitations(items: readonly CslItem[]): void {
  for (const [locator, ofKind] of [
    [PLACEHOLDER, items.filter((item) => item.type === ARTICLE_TYPE)],
    [undefined, items.filter((item) => item.type !== ARTICLE_TYPE)],
  ] as const) {
    for (const { id: style } of TEXT_STYLES) {
      rememberAll(
        ofKind.map((item) => formsKey(item, style, locator)),
        (missing) => sessions(missing.map((index) => ofKind[index]!)).flatMap((session) => formsInOneSession(session, style, locator)),
      );
    }
  }
}

/** Items in order, in sessions of at most SESSION_ITEMS, none holding two items of one id (an article's editions share it). */
function sessions(items: readonly CslItem[]): CslItem[][] {
  const found: CslItem[][] = [];
  let ids = new Set<string>();
  for (const item of items) {
    if (found.length === 0 || ids.size === SESSION_ITEMS || ids.has(item.id)) {
      found.push([]);
      ids = new Set();
    }
    found.at(-1)!.push(item);
    ids.add(item.id);
  }
  return found;
}

/** An item as a file for reference managers. */
export function formatFile(item: CslItem, format: FileFormat): string {
  if (format === 'csl') return `${JSON.stringify([item])}\n`;
  return remembered(`file\0${format}\0${JSON.stringify(item)}`, () => formatReferenceFile(item, format));
}

function formatReferenceFile(item: CslItem, format: 'bibtex' | 'ris'): string {
  if (format === 'bibtex') return `${new Cite(item).format('bibtex', { format: 'text' }).trim()}\n`;
  // Citation.js wraps RIS values every 70 characters, which breaks URLs for readers (itself
  // included) that join continuation lines with a space; our values have no newlines of their own.
  const ris = new Cite(item).format('ris', { format: 'text' }).trim();
  return `${ris.replace(/\n(?![A-Z][A-Z0-9]  -)/g, '')}\n`;
}

/**
 * A download link that carries the file itself (a data: URL, percent-encoded), for
 * <a href download>. An archive of thousands of articles would otherwise publish three files per
 * article and entry (more than static hosts accept), and the link works offline and without
 * JavaScript like any other.
 */
export function downloadUrl(item: CslItem, format: FileFormat): string {
  const { mediaType } = FILE_FORMATS.find((candidate) => candidate.id === format)!;
  return `data:${mediaType};charset=utf-8,${encodeURIComponent(formatFile(item, format))}`;
}

/** Reads a BibTeX, RIS or CSL-JSON text back into CSL-JSON items (to check what we publish). */
export function parseCitations(text: string): Record<string, unknown>[] {
  return new Cite(text).data;
}
