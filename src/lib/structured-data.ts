/** Machine-readable descriptions of pages: Highwire Press meta tags (Zotero, Google Scholar) and schema.org JSON-LD. */
import type { Entity, EntityType, ArticleMeta } from './schema.ts';

/** Highwire Press `citation_*` meta tags for an article as read in its edition, as [name, content] pairs. */
export function highwireTags(meta: ArticleMeta, url: string): [string, string][] {
  return [
    ['citation_title', meta.title],
    ...(meta.byline ? [['citation_author', meta.byline] as [string, string]] : []),
    ['citation_publication_date', meta.published.date.replaceAll('-', '/')],
    // Zotero's Embedded Metadata translator reads citation_publication_date, then citation_date
    // over it, and keeps the text as given: an approximate date stays approximate there, while
    // Google Scholar, which wants YYYY/MM/DD, reads the tag above.
    ...(meta.published.approximate ? [['citation_date', `ca. ${meta.published.date.replaceAll('-', '/')}`] as [string, string]] : []),
    ['citation_journal_title', meta.publication.name],
    ['citation_volume', String(meta.volume)],
    ['citation_issue', String(meta.issue)],
    ['citation_publisher', meta.publisher.name],
    ['citation_language', 'en'],
    ['citation_fulltext_html_url', url],
  ];
}

/** JSON-LD for an edition: the edition (a work about the original) and the original NewsArticle. */
export function articleJsonLd(meta: ArticleMeta, url: string, siteName: string): Record<string, unknown> {
  // The original work, identified once (by the address it was read at) and referred to by that @id.
  const originalId = meta.originalUrls[0] ?? `${url}#original`;
  const original = {
    '@type': 'NewsArticle',
    '@id': originalId,
    headline: meta.title,
    datePublished: meta.published.date,
    ...(meta.published.approximate ? { temporalCoverage: `approximately ${meta.published.date}` } : {}),
    ...(meta.byline ? { author: { '@type': 'Person', name: meta.byline } } : {}),
    isPartOf: {
      '@type': 'PublicationIssue',
      issueNumber: String(meta.issue),
      isPartOf: { '@type': 'PublicationVolume', volumeNumber: String(meta.volume), isPartOf: { '@type': 'Periodical', name: meta.publication.name } },
    },
    publisher: { '@type': 'Organization', name: meta.publisher.name },
    sameAs: meta.originalUrls,
    inLanguage: 'en',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: `${meta.title}: annotated edition`,
    description: meta.summary,
    version: String(meta.edition.number),
    dateModified: meta.edition.date,
    publisher: { '@type': 'Organization', name: siteName },
    isBasedOn: original,
    about: { '@id': originalId },
    inLanguage: 'en',
  };
}

const SCHEMA_TYPE: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  source: 'Organization',
  event: 'Event',
};

/** JSON-LD for an entity page, with `sameAs` pointing at its known identifiers. */
export function entityJsonLd(entity: Entity, url: string): Record<string, unknown> {
  const sameAs = entity.identifiers.map((id) =>
    id.scheme === 'wikidata' ? `https://www.wikidata.org/wiki/${id.value}` : id.value.startsWith('http') ? id.value : `https://${id.value}`,
  );
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPE[entity.type],
    '@id': url,
    url,
    name: entity.name,
    ...(entity.variants.length ? { alternateName: entity.variants } : {}),
    description: entity.summary,
    ...(sameAs.length ? { sameAs } : {}),
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so no text can close the element. */
export function jsonLdScript(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
