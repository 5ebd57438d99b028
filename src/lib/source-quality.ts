/**
 * Sources an edition must not rest on, or not without saying what they are. The review of
 * edition 1 of the first article found references to AI-generated encyclopedias, copies of
 * Wikipedia, GitHub copies of datasets, proxies and development servers of other sites, forum and
 * mailing-list reposts, and content farms. Each host is classed here by its weakness:
 * some are refused (a better copy of the same page always exists), the others may stay only when
 * the reference says what they are, in words a reader sees ("repost", "unverified").
 *
 * The check applies to what is published now: the current edition of each article and the
 * register. A published edition is kept as it was, weak sources and all (editions.ts).
 */
import { ContentError } from './content-error.ts';
import type { Article, EntityInput } from './corpus.ts';

export const WEAKNESSES = {
  'ai-generated': { what: 'an AI-generated encyclopedia', instead: 'cite the source it summarises; where none is known, say on the page that the claim is unverified' },
  'wikipedia-mirror': { what: 'a copy of Wikipedia', instead: 'cite the article on en.wikipedia.org, or better the source it cites' },
  'data-copy': { what: 'a copy of a dataset', instead: "cite the dataset's publisher (cia.gov for the World Factbook, wikidata.org for Wikidata)" },
  proxy: { what: "a proxy, mirror or development server of another publisher's site", instead: "cite the same page on its publisher's own site" },
  repost: {
    what: "a repost of another publisher's text (a forum, mailing list, blog or document-sharing site)",
    instead: "cite the publisher's own page where it is known",
    label: 'repost',
  },
  unverified: { what: 'a content farm, aggregator, essay mill, hobby or tabloid site', instead: 'cite a better source where one is known', label: 'unverified' },
} as const satisfies Record<string, { what: string; instead: string; label?: string }>;

export type Weakness = keyof typeof WEAKNESSES;

/** The hosts of each weakness; a host covers its subdomains. */
const HOSTS: Record<Weakness, readonly string[]> = {
  'ai-generated': ['grokipedia.com'],
  'wikipedia-mirror': ['wiki.gravy.cc', 'in.wiki', 'wiki7.org', 'wikipedia-on-ipfs.org', 'cloudflare-ipfs.com', 'piglix.com', 'infogalactic.com', 'wikiclassic.com', 'pinocchiopedia.com', 'wiki.riteme.site', 'alem.dynip.sapo.pt'],
  'data-copy': ['github.com'],
  proxy: ['remotevs.com', 'sakura.ne.jp', 'pages.dev'],
  repost: ['armeniandiaspora.com', 'jeunes-ailes.org', 'freerepublic.com', 'spacebanter.com', 'lbo-talk.org', 'armenianclub.com', 'ocnus.net', 'dariussthoughtland.blogspot.com', 'ca-news.info', 'studylib.net', 'docslib.org'],
  unverified: ['easternherald.com', 'socialbites.ca', 'peoplepill.com', 'graduateway.com', 'survincity.com', 'ourworldleaders.com', 'globeistan.com', 'sovietbases.thecelotajs.com', 'alert5.com', 'english.pravda.ru', 'polbangla.pl'],
};
const WEAK_HOSTS = new Map(Object.entries(HOSTS).flatMap(([weakness, hosts]) => hosts.map((host) => [host, weakness as Weakness] as const)));

/**
 * The weakness of the page at `url`, if its host has one: a listed host or a subdomain of one;
 * a bare IP address, or a staging or development server (`staging.`, `.dev.` in the host), is a proxy.
 */
export function weaknessOf(url: string): Weakness | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (let suffix = host; suffix.includes('.'); suffix = suffix.slice(suffix.indexOf('.') + 1)) {
    const weakness = WEAK_HOSTS.get(suffix);
    if (weakness) return weakness;
  }
  if (/^\d+(?:\.\d+){3}$/.test(host) || host.startsWith('[') || /(?:^|\.)(?:staging|dev)\./.test(host)) return 'proxy';
  return undefined;
}

/**
 * The problems with one reference of `file` at `line`: `text` is everything a reader sees of it
 * (a footnote's text; a register reference's title), `urls` the addresses it links.
 */
export function sourceErrors(file: string, line: number | undefined, text: string, urls: readonly string[]): ContentError[] {
  return urls.flatMap((url) => {
    const weakness = weaknessOf(url);
    if (!weakness) return [];
    const { what, instead, ...rest } = WEAKNESSES[weakness];
    const source = `the reference ${url} is ${what} (${new URL(url).hostname})`;
    if (!('label' in rest)) return [new ContentError(file, source, instead, line)];
    if (new RegExp(`\\b${rest.label}\\b`, 'i').test(text)) return [];
    return [new ContentError(file, `${source} and does not say so`, `${instead}; where none is, keep it labelled: write "${rest.label}" in the reference, e.g. "(${rest.label})"`, line)];
  });
}

/** The weak sources among the references of the register and of each article's current edition, each at its line. */
export function weakSourceErrors(entities: Iterable<EntityInput>, articles: readonly Pick<Article, 'file' | 'footnoteDefinitions' | 'footnoteSources'>[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const { file, data, lines } of entities) {
    const lists = [...(['dates', 'identifiers', 'facts', 'uncertain'] as const).flatMap((field) => data[field].map((entry, index) => ({ path: `${field}.${index}.refs`, refs: entry.refs }))), { path: 'outlet.refs', refs: data.outlet?.refs ?? [] }];
    for (const { path, refs } of lists) {
      refs.forEach((ref, index) => errors.push(...sourceErrors(file, lines?.[`${path}.${index}`], ref.title, [ref.url])));
    }
  }
  for (const article of articles) {
    for (const [label, { line, urls }] of Object.entries(article.footnoteSources)) {
      errors.push(...sourceErrors(article.file, line, article.footnoteDefinitions[label] ?? '', urls));
    }
  }
  return errors;
}
