/**
 * What each kind of editorial note is called: in its heading on the edition's page ("Editorial
 * note · Textual note") and, in lower case, in a search result's label. No module but the schema's
 * types: the search page's script loads it (search-results.ts).
 */
import type { AnnotationKind } from './schema.ts';

export const NOTE_KIND_LABELS: Readonly<Record<AnnotationKind, string>> = { context: 'Context', analysis: 'Analysis', aftermath: 'Aftermath', textual: 'Textual note' };

/** The label of a kind named by other data (a search index's metadata), if it is one of ours. */
export const noteKindLabel = (kind: string): string | undefined => (Object.hasOwn(NOTE_KIND_LABELS, kind) ? NOTE_KIND_LABELS[kind as AnnotationKind] : undefined);
