/**
 * What changed from each published edition of an article to the next: the editorial notes added,
 * corrected or removed (matched by their permanent ids), each with a word-level comparison of its
 * text and the references it lost and gained, and the editors' front-matter texts that changed.
 * The changes page (/articles/<slug>/changes/) shows it; the current page uses it to keep the
 * anchor of a removed note meaningful.
 */
import { diffWords } from 'diff';
import type { Annotation } from './article-markup.ts';
import type { Article, PublishedEditionReading } from './corpus.ts';
import type { PublishedEdition } from './editions.ts';
import type { AnnotationKind } from './schema.ts';

/** A run of a word-level comparison: text both editions have, or only the earlier, or only the later. */
export interface DiffRun {
  text: string;
  change: 'same' | 'removed' | 'added';
}

export interface NoteChange {
  /** The note's id: its anchor on the pages of both editions. */
  id: string;
  paragraph: number;
  change: 'added' | 'corrected' | 'removed';
  /** The note's kind and title: the later edition's, or the earlier's for a removed note. */
  kind: AnnotationKind;
  title: string;
  /** The earlier title, when it changed. */
  titleBefore: string | undefined;
  /** The note's text, compared word by word (all one side for an added or removed note). */
  text: DiffRun[];
  referencesRemoved: string[];
  referencesAdded: string[];
}

/** A text of the editors' outside the notes (the summary, the remark on the date) that changed. */
export interface FieldChange {
  label: string;
  text: DiffRun[];
}

export interface EditionChanges {
  edition: PublishedEdition;
  /** The edition it is compared with; none for the first. */
  previous: number | undefined;
  notes: NoteChange[];
  fields: FieldChange[];
  /** How many notes the edition has. */
  noteCount: number;
}

/** Each edition's changes from the one before, earliest edition first. */
export function editionChanges(readings: readonly PublishedEditionReading[]): EditionChanges[] {
  return readings.map(({ edition, article }, index) => {
    const before = readings[index - 1]?.article;
    return {
      edition,
      previous: readings[index - 1]?.edition.number,
      notes: before ? noteChanges(before, article) : [],
      fields: before ? fieldChanges(before, article) : [],
      noteCount: article.annotations.length,
    };
  });
}

/** The ids of notes an earlier edition had and the latest has not, each with the edition that removed it. */
export function removedNotes(readings: readonly PublishedEditionReading[]): Map<string, { edition: number; paragraph: number; title: string }> {
  const latest = new Set(readings.at(-1)?.article.annotations.map((note) => note.id));
  const removed = new Map<string, { edition: number; paragraph: number; title: string }>();
  readings.forEach(({ article }, index) => {
    const next = readings[index + 1];
    if (!next) return;
    const kept = new Set(next.article.annotations.map((note) => note.id));
    for (const note of article.annotations) {
      if (!kept.has(note.id) && !latest.has(note.id)) removed.set(note.id, { edition: next.edition.number, paragraph: note.paragraph, title: note.title });
    }
  });
  return removed;
}

function noteChanges(before: Article, after: Article): NoteChange[] {
  const earlier = new Map(before.annotations.map((note) => [note.id, note]));
  const later = new Set(after.annotations.map((note) => note.id));
  const changes: NoteChange[] = [];
  for (const note of after.annotations) {
    const old = earlier.get(note.id);
    const refs = referencesOf(after, note);
    if (!old) {
      changes.push({ id: note.id, paragraph: note.paragraph, change: 'added', kind: note.kind, title: note.title, titleBefore: undefined, text: [{ text: note.text, change: 'added' }], referencesRemoved: [], referencesAdded: refs });
      continue;
    }
    const oldRefs = referencesOf(before, old);
    const referencesRemoved = oldRefs.filter((ref) => !refs.includes(ref));
    const referencesAdded = refs.filter((ref) => !oldRefs.includes(ref));
    if (old.text === note.text && old.title === note.title && old.kind === note.kind && referencesRemoved.length === 0 && referencesAdded.length === 0) continue;
    changes.push({
      id: note.id,
      paragraph: note.paragraph,
      change: 'corrected',
      kind: note.kind,
      title: note.title,
      titleBefore: old.title === note.title ? undefined : old.title,
      text: compareWords(old.text, note.text),
      referencesRemoved,
      referencesAdded,
    });
  }
  for (const old of before.annotations.filter((note) => !later.has(note.id))) {
    changes.push({ id: old.id, paragraph: old.paragraph, change: 'removed', kind: old.kind, title: old.title, titleBefore: undefined, text: [{ text: old.text, change: 'removed' }], referencesRemoved: referencesOf(before, old), referencesAdded: [] });
  }
  // In reading order: by paragraph, then as the later edition has them, removed notes last.
  return changes.sort((a, b) => a.paragraph - b.paragraph);
}

/** The texts of a note's references, in the order it first cites them. */
function referencesOf(article: Article, note: Annotation): string[] {
  return [...new Set(note.footnoteRefs.map((ref) => ref.label))].map((label) => article.footnoteDefinitions[label] ?? '');
}

const FIELDS: { label: string; text: (article: Article) => string | undefined }[] = [
  { label: 'Editors’ summary', text: (article) => article.meta.summary },
  { label: 'Remark on the date', text: (article) => article.meta.published.note },
  { label: 'Remark on the byline', text: (article) => article.meta.bylineNote },
];

function fieldChanges(before: Article, after: Article): FieldChange[] {
  return FIELDS.flatMap(({ label, text }) => {
    const old = text(before) ?? '';
    const now = text(after) ?? '';
    return old === now ? [] : [{ label, text: compareWords(old, now) }];
  });
}

/** A word-level comparison (jsdiff's diffWords: words and the spaces between them as tokens). */
export function compareWords(before: string, after: string): DiffRun[] {
  return diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}

/** An editors' note as blocks: paragraphs separated by blank lines, and runs of "- " lines as lists. */
export function noteBlocks(note: string): ({ paragraph: string } | { list: string[] })[] {
  return note
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n').map((line) => line.trim());
      if (!lines.every((line) => line.startsWith('- '))) return { paragraph: lines.join(' ') };
      return { list: lines.map((line) => line.slice(2)) };
    });
}
