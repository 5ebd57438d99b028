/**
 * One synthetic article: front matter, six to twelve paragraphs (or as many as asked) of original prose with mentions,
 * dates and the original's own citations, and on every paragraph editorial notes of the kinds the
 * edition requires (context, analysis, aftermath; now and then a textual note), each closed by a
 * footnote. Returns the article's parts; article-file.ts writes them out.
 */
import type { ArticleMeta } from '../../src/lib/schema.ts';
import { addDays, monthDay, yearOf } from './dates.ts';
import { noteSentence, originalSentence, topic, type NoteKind, type Writer } from './prose.ts';
import { slugOf, type RegisterEntity } from './register.ts';
import type { Random } from './random.ts';
import { joinSentences, text, type Segment } from './segments.ts';
import { ABSTRACT_NOUNS, AUTHORS, FOOTNOTE_PUBLISHERS, NOUNS } from './words.ts';

/** Where and when an article appeared: decided for the whole archive before its text is written. */
export interface ArticlePlan {
  date: string;
  publication: RegisterEntity;
  publisher: RegisterEntity;
  volume: number;
  issue: number;
}

export interface Note {
  id: string;
  paragraph: number;
  kind: NoteKind;
  title: string;
  body: Segment[];
  /** Footnote label and definition text, in the order they are cited. */
  footnotes: [string, string][];
}

export interface GeneratedArticle {
  slug: string;
  meta: ArticleMeta;
  paragraphs: Segment[][];
  notes: Note[];
  /** Every report the original cites: outlet slug and date. */
  citations: { outlet: string; date: string }[];
}

/** The date every generated edition carries. */
export const EDITION = { number: 1, date: '2026-11-27' } as const;

const TITLE_VERBS = ['Diversifies', 'Rethinks', 'Expands', 'Defends', 'Reconsiders', 'Tests', 'Redraws', 'Bargains Over', 'Seeks', 'Guards'];

/** `shape.paragraphs`: how many paragraphs the article has; by default six to twelve, drawn at random. */
export function generateArticle(writer: Writer, plan: ArticlePlan, outlet: (random: Random) => RegisterEntity, takenSlugs: Set<string>, shape: { paragraphs?: number } = {}): GeneratedArticle {
  const { random, cast } = writer;
  const focus = cast.countries[0] ?? writer.register.countries[0]!;
  const partner = cast.countries[1] ?? writer.register.countries[1]!;
  // Short enough for a page title ("… · Glossa" within 70 characters).
  let title = articleTitle(random, focus.name, partner.name, cast.places[0]?.name ?? focus.name);
  for (let attempt = 0; title.length > 55 && attempt < 20; attempt++) title = articleTitle(random, focus.name, partner.name, cast.places[0]?.name ?? focus.name);
  if (title.length > 55) title = `${focus.name} ${random.pick(TITLE_VERBS)} Its Options`;
  let slug = slugOf(title);
  if (takenSlugs.has(slug)) slug = `${slug}-${slugOf(plan.publication.name)}-${plan.volume}-${plan.issue}`;
  for (let n = 2; takenSlugs.has(slug); n++) slug = `${slugOf(title)}-${n}`;
  takenSlugs.add(slug);

  const citations: { outlet: string; date: string }[] = [];
  const paragraphs: Segment[][] = [];
  const notes: Note[] = [];
  const titles = new Set<string>();
  const paragraphCount = shape.paragraphs ?? random.int(6, 12);
  for (let n = 1; n <= paragraphCount; n++) {
    const sentences: Segment[][] = [];
    let cited = 0;
    const sentenceCount = random.int(3, 6);
    for (let s = 0; s < sentenceCount; s++) {
      const sentence = originalSentence(writer);
      if (cited < 2 && random.chance(0.2)) {
        const source = outlet(random);
        const date = addDays(plan.date, -random.int(0, 8));
        citations.push({ outlet: source.slug, date });
        sentences.push(withCitation(sentence, { kind: 'citation', outlet: source.slug, date, text: `${source.name}, ${monthDay(date)}` }));
        cited++;
      } else {
        sentences.push(sentence);
      }
    }
    paragraphs.push(joinSentences(sentences));

    const kinds: NoteKind[] = ['context', ...(random.chance(0.2) ? ['context' as const] : []), 'analysis', 'aftermath', ...(random.chance(0.08) ? ['textual' as const] : [])];
    kinds.forEach((kind, index) => notes.push(note(writer, n, index + 1, kind, titles)));
  }

  const byline = random.chance(0.85) ? random.pick(AUTHORS) : '';
  const approximate = random.chance(0.04);
  const meta: ArticleMeta = {
    title,
    publication: { name: plan.publication.name, entity: plan.publication.slug },
    publisher: { name: plan.publisher.name, entity: plan.publisher.slug },
    volume: plan.volume,
    issue: plan.issue,
    published: approximate
      ? { date: plan.date, approximate: true, note: 'The original carries no date; the editors place it by the run of neighbouring issues.' }
      : { date: plan.date, approximate: false },
    byline,
    ...(byline === '' ? { bylineNote: 'The byline is blank in the archived copy of the original.' } : {}),
    source: `${slug}.txt`,
    originalUrls: [`https://archive.example.org/${plan.publication.slug}/${plan.volume}/${plan.issue}/${slug}`],
    summary: `${focus.name} weighs ${topic(random)} against its ${random.pick(ABSTRACT_NOUNS)} with ${partner.name}. This synthetic article follows ${cast.persons[0]?.name ?? 'its officials'} and ${cast.organizations[0]?.name ?? 'its ministries'} through the weeks before ${monthDay(plan.date)}, ${yearOf(plan.date)}.`,
    edition: { ...EDITION },
  };
  return { slug, meta, paragraphs, notes, citations };
}

/** An original sentence closed by one of its own citations: "… materials (Avesta, September 17)." */
function withCitation(sentence: Segment[], citation: Segment): Segment[] {
  const last = sentence.at(-1);
  if (last?.kind !== 'text' || !last.text.endsWith('.')) return sentence;
  return [...sentence.slice(0, -1), text(`${last.text.slice(0, -1)} (`), citation, text(').')];
}

function note(writer: Writer, paragraph: number, k: number, kind: NoteKind, titles: Set<string>): Note {
  const { random } = writer;
  const id = `p${paragraph}-n${k}`;
  const footnotes: [string, string][] = [];
  const footnote = (): Segment => {
    const label = `${id}-${String.fromCharCode(97 + footnotes.length)}`;
    footnotes.push([label, footnoteText(random, writer.date)]);
    return { kind: 'footnote', label };
  };
  const count = kind === 'textual' ? 1 : random.int(2, 4);
  const sentences: Segment[][] = [];
  for (let s = 0; s < count; s++) {
    const sentence = noteSentence(writer, kind);
    // Every note ends with a footnote (which covers the sentences before it); some cite one midway too.
    if (s === count - 1 || random.chance(0.25)) sentence.push(footnote());
    sentences.push(sentence);
  }
  // Each note is a landmark named by its title, so no two notes of an article share one.
  let title = noteTitle(random, kind);
  for (let attempt = 0; titles.has(title) && attempt < 10; attempt++) title = noteTitle(random, kind);
  if (titles.has(title)) title = `${title}, paragraph ${paragraph}`;
  titles.add(title);
  return { id, paragraph, kind, title, body: joinSentences(sentences), footnotes };
}

const titleCase = (words: string): string => words.replace(/(^|[\s-])([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase()).replace(/\b(And|Of|The|In|On|For|With)\b(?!$)/g, (word, _w, offset: number) => (offset === 0 ? word : word.toLowerCase()));

function articleTitle(random: Random, focus: string, partner: string, place: string): string {
  const noun = titleCase(random.pick(NOUNS));
  switch (random.int(0, 4)) {
    case 0:
      return `${focus} ${random.pick(TITLE_VERBS)} Its ${noun}`;
    case 1:
      return `${noun} and ${titleCase(random.pick(ABSTRACT_NOUNS))} in ${focus}`;
    case 2:
      return `${focus} and ${partner}: ${titleCase(topic(random))}`;
    case 3:
      return `New ${noun} for ${place}`;
    default:
      return `Why ${focus} ${random.pick(['Courts', 'Doubts', 'Needs', 'Resists'])} ${partner} on ${noun}`;
  }
}

function noteTitle(random: Random, kind: NoteKind): string {
  const noun = random.pick(NOUNS);
  const options: Record<NoteKind, string[]> = {
    context: [`Background: ${noun}`, `How ${noun} became an issue`, `The earlier record on ${noun}`],
    analysis: ['How far the claim holds', `Reading the ${random.pick(ABSTRACT_NOUNS)} behind ${noun}`, `What the figures on ${noun} show`],
    aftermath: ['What followed', `The fate of ${noun}`, `${titleCase(noun)} in later years`],
    textual: ['The wording of the original'],
  };
  return random.pick(options[kind]);
}

function footnoteText(random: Random, articleDate: string): string {
  const publisher = random.pick(FOOTNOTE_PUBLISHERS);
  const year = yearOf(articleDate) + random.int(-6, 3);
  const title = titleCase(topic(random));
  return `${publisher}, “${title}, ${Math.min(year, 2026)},” https://${slugOf(publisher)}.example.org/${Math.min(year, 2026)}/${slugOf(title)}`;
}
