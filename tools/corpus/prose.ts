/**
 * Sentences of plausible analysis prose, from templates whose slots become words or marks:
 * {person} a <Mention> of a person (in full the first time an article names them, then often by
 * surname), {org}, {country}, {place}, {event}, dates as <When> ({day} for the originals' "September
 * 20", {year:context}, {month:after}, …), and plain vocabulary ({topic}, {abstract}, {adj}, …).
 * Entities are drawn from the article's cast or, less often, from the whole register with a Zipf
 * skew, so a few names recur across the archive and most appear only now and then.
 */
import type { Register, RegisterEntity } from './register.ts';
import { zipfSampler, type Random } from './random.ts';
import { addDays, dayMonthYear, daySpan, LATEST_DATE, monthDay, monthYear, toTime } from './dates.ts';
import { capitalize, text, type Segment } from './segments.ts';
import { ABSTRACT_NOUNS, ADJECTIVES, ANALYSTS, INFINITIVES, NOUNS, OFFICIAL_TITLES, VERBS_PAST, VERBS_PRESENT } from './words.ts';

/** The entities an article is about: named again and again in its paragraphs and notes. */
export interface Cast {
  persons: RegisterEntity[];
  organizations: RegisterEntity[];
  places: RegisterEntity[];
  countries: RegisterEntity[];
  events: RegisterEntity[];
}

type Kind = keyof Cast;

/** Zipf samplers over each kind of entity in the register, made once per archive. */
export type Samplers = Record<Kind, (random: Random) => number>;

export const makeSamplers = (register: Register): Samplers => ({
  persons: zipfSampler(Math.max(1, register.persons.length)),
  organizations: zipfSampler(Math.max(1, register.organizations.length)),
  places: zipfSampler(Math.max(1, register.places.length)),
  countries: zipfSampler(register.countries.length, 1.2),
  events: zipfSampler(Math.max(1, register.events.length)),
});

/** What a sentence needs to know of its article. */
export interface Writer {
  random: Random;
  register: Register;
  samplers: Samplers;
  cast: Cast;
  /** The article's publication date, YYYY-MM-DD. */
  date: string;
  /** Persons the article has already named in full. */
  named: Set<string>;
}

/** Draws a cast for an article: a handful of each kind, Zipf-skewed. */
export function drawCast(random: Random, register: Register, samplers: Samplers): Cast {
  const draw = (kind: Kind, count: number) => {
    const list = register[kind];
    if (list.length === 0) return [];
    const chosen = new Set<RegisterEntity>();
    for (let i = 0; i < count * 3 && chosen.size < count; i++) chosen.add(list[samplers[kind](random)]!);
    return [...chosen];
  };
  return { persons: draw('persons', 4), organizations: draw('organizations', 3), places: draw('places', 2), countries: draw('countries', 3), events: draw('events', 1) };
}

const ORIGINAL_TEMPLATES = [
  'On {day} {person} received a delegation from {org} in {place}, discussing {topic} and {topic}.',
  '{country} has increasingly sought to {inf} its {noun} with {country}, though its {abstract} on {country} remains strong.',
  '{person}, {official} of {country}, said that {topic} would remain a priority for {org}.',
  'The talks reflect {adj} {abstract} in {country} over {topic}.',
  '{analysts} note that {org} {past} {topic} only after pressure from {country}.',
  'At the same time, {person} {past} plans for {topic} along the border with {country}.',
  '{org} {present} to {inf} {topic} before the end of the year.',
  'Such {noun} would give {country} more {abstract} in its dealings with {country}.',
  'According to {person}, {country} cannot afford {adj} {noun} without outside help.',
  '{place} has become a test of {abstract} between {country} and {country}.',
  'The {event} showed how far {org} depends on {topic}.',
  'On {day} officials in {place} {past} new rules on {topic}.',
  'Moreover, {person} {past} {topic} with {person} of {org}.',
  'This delicate {abstract} is underscored by {adj} {noun} in {place}.',
  '{country} still lacks modern equipment for {topic}, and {org} has done little to close the gap.',
  'Yet {org} may find it hard to {inf} {topic} while its {abstract} with {country} persists.',
  '{person} is equally keen to {inf} {topic}, which {country} sees as a matter of {abstract}.',
  'The {adj} programme of {org} is small beside the weight of {country} on the ground.',
  'On {day} {org} {past} a plan to {inf} {topic} in {place}.',
  'Few in {place} expect {topic} to change soon.',
  'It is unclear whether {country} will pay for what {org} needs.',
  '{analysts} in {place} doubt that {topic} can be settled by {org} alone.',
  'Meanwhile, {person} warned that {topic} could strain relations with {country}.',
  'The accord on {topic} reached in {place} was the first of its kind in years.',
  '{country} and {country} {past} {topic} at the {event}.',
  'These moves suggest that {country} {present} to {inf} its {abstract} without breaking with {country}.',
  'As a result, {org} has turned to {country} for {topic}.',
  'Officials did not say how much {topic} would cost, though estimates run to {number} million dollars.',
  'For {country}, {topic} is as much a question of {abstract} as of money.',
  'Since {day} {person} has twice visited {place} to press for {topic}.',
] as const;

const NOTE_TEMPLATES = {
  context: [
    'In {year:context} {country} {past} {topic} with {country}, a step that shaped its later {noun}.',
    '{org} was set up in {year:context} to oversee {topic} in {place}.',
    '{person} had served as {official} since {month:context}, when {org} {past} {topic}.',
    'The background is {adj} {abstract}: since {year:context} {country} has depended on {country} for {topic}.',
    'By {month:context} {org} counted some {number} staff working on {topic}.',
    '{place} lies on the main route for {topic}, which {org} has watched closely since {year:context}.',
    'The {event} had already put {topic} on the agenda of {org}.',
    'On {span:context}, delegations from {country} and {country} met in {place} to discuss {topic}.',
  ],
  analysis: [
    'The paragraph rests on a single report, and its claim about {topic} goes further than the evidence it shows.',
    'The remarks of {person} read as {adj} {abstract} rather than a change of course.',
    'The article weighs {topic} against the {abstract} of {country}, but it passes over {topic}.',
    'Its reading of {org} is plausible: figures published in {month:near} put spending on {topic} at {number} million dollars.',
    'The emphasis on {place} is telling, since {org} had little presence there.',
    'What the article calls {adj} {noun} was, on the record of {org}, closer to {abstract}.',
    'Other reports of {day:near} give a less {adj} account of {topic}.',
  ],
  aftermath: [
    'In {year:after} {country} and {country} {past} a further agreement on {topic}.',
    '{person} left office in {month:after}, and {org} {past} {topic} soon after.',
    'On {day:after} {org} {past} {topic} in {place}, as the article had anticipated.',
    'The {event} later showed that {topic} remained unresolved.',
    'By {year:after} some {number} officers had passed through programmes on {topic}.',
    '{country} did not fund {topic} on the scale the article expected; by {month:after} {org} had turned to {country}.',
  ],
  textual: [
    'The archived copies of the original give this paragraph in the same words.',
    'The original’s wording on {topic} is kept as printed, though {org} is now usually named differently.',
  ],
} as const;

export type NoteKind = keyof typeof NOTE_TEMPLATES;

/** One sentence of an original. */
export const originalSentence = (writer: Writer): Segment[] => fill(writer, writer.random.pick(ORIGINAL_TEMPLATES));

/** One sentence of an editorial note of the given kind. */
export const noteSentence = (writer: Writer, kind: NoteKind): Segment[] => fill(writer, writer.random.pick(NOTE_TEMPLATES[kind]));

/** A topic phrase in plain words ("renewed border protection"). */
export function topic(random: Random): string {
  const noun = random.pick(NOUNS);
  switch (random.int(0, 3)) {
    case 0:
      return noun;
    case 1:
      return `${random.pick(ADJECTIVES)} ${noun}`;
    case 2:
      return `the ${random.pick(ABSTRACT_NOUNS)} of ${noun}`;
    default:
      return `${noun} and ${random.pick(NOUNS)}`;
  }
}

function fill(writer: Writer, template: string): Segment[] {
  const segments: Segment[] = [];
  const used = new Set<string>();
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)(?::(\w+))?\}/g)) {
    if (match.index > last) segments.push(text(template.slice(last, match.index)));
    // The same entity twice in a sentence ("Tajikistan … with Tajikistan") reads badly: draw again.
    let filled = slot(writer, match[1]!, match[2]);
    for (let attempt = 0; filled.kind === 'mention' && used.has(filled.entity) && attempt < 5; attempt++) filled = slot(writer, match[1]!, match[2]);
    if (filled.kind === 'mention') used.add(filled.entity);
    segments.push(filled);
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push(text(template.slice(last)));
  return capitalize(merge(segments));
}

/** Adjacent plain segments as one, so the MDX has no needless joins. */
function merge(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (segment.kind === 'text' && previous?.kind === 'text') merged[merged.length - 1] = text(previous.text + segment.text);
    else merged.push(segment);
  }
  return merged;
}

function slot(writer: Writer, name: string, variant: string | undefined): Segment {
  const { random } = writer;
  switch (name) {
    case 'person':
      return personMention(writer, entity(writer, 'persons'));
    case 'org':
      return mention(entity(writer, 'organizations'));
    case 'country':
      return mention(entity(writer, 'countries'));
    case 'place':
      return mention(random.chance(0.75) ? entity(writer, 'places') : entity(writer, 'countries'));
    case 'event':
      return mention(entity(writer, 'events'));
    case 'topic':
      return text(topic(random));
    case 'noun':
      return text(random.pick(NOUNS));
    case 'abstract':
      return text(random.pick(ABSTRACT_NOUNS));
    case 'adj':
      return text(random.pick(ADJECTIVES));
    case 'past':
      return text(random.pick(VERBS_PAST));
    case 'present':
      return text(random.pick(VERBS_PRESENT));
    case 'inf':
      return text(random.pick(INFINITIVES));
    case 'official':
      return text(random.pick(OFFICIAL_TITLES));
    case 'analysts':
      return text(random.pick(ANALYSTS));
    case 'number':
      return text(random.pick(['12', '40', '75', '120', '300', '1,500', '2,400', '18', '6', '250']));
    case 'day':
      return dateMark(writer, 'day', variant ?? 'recent');
    case 'month':
      return dateMark(writer, 'month', variant ?? 'near');
    case 'year':
      return dateMark(writer, 'year', variant ?? 'near');
    case 'span':
      return dateMark(writer, 'span', variant ?? 'near');
    default:
      throw new Error(`unknown template slot {${name}}`);
  }
}

/** An entity of a kind: from the article's cast most of the time, else from the whole register. */
function entity(writer: Writer, kind: Kind): RegisterEntity {
  const cast = writer.cast[kind];
  if (cast.length > 0 && writer.random.chance(0.65)) return writer.random.pick(cast);
  const list = writer.register[kind].length > 0 ? writer.register[kind] : writer.register.countries;
  const sampler = writer.register[kind].length > 0 ? writer.samplers[kind] : writer.samplers.countries;
  return list[sampler(writer.random)]!;
}

const mention = (entity: RegisterEntity): Segment => ({ kind: 'mention', entity: entity.slug, text: entity.short });

function personMention(writer: Writer, person: RegisterEntity): Segment {
  const full = !writer.named.has(person.slug) || writer.random.chance(0.3);
  writer.named.add(person.slug);
  return { kind: 'mention', entity: person.slug, text: full ? person.name : person.short };
}

/**
 * A <When> date. `when` says where it falls from the article's date: recent (the days before it,
 * as the originals date events), near (months around it), context (years before), after (years
 * after, up to LATEST_DATE).
 */
function dateMark(writer: Writer, precision: 'day' | 'month' | 'year' | 'span', when: string): Segment {
  const { random } = writer;
  // Nothing after LATEST_DATE: later dates are spread over what is left, not piled up on it.
  const daysLeft = Math.floor((toTime(LATEST_DATE) - toTime(writer.date)) / 86_400_000);
  const offsetDays =
    when === 'recent' ? -random.int(1, 25)
    : when === 'context' ? -random.int(200, 15 * 365)
    : when === 'after' ? random.int(Math.min(60, daysLeft), Math.min(10 * 365, daysLeft))
    : random.int(-200, Math.min(120, daysLeft));
  const iso = addDays(writer.date, offsetDays);
  if (precision === 'year') return { kind: 'when', date: iso.slice(0, 4), text: iso.slice(0, 4) };
  if (precision === 'month') return { kind: 'when', date: iso.slice(0, 7), text: monthYear(iso.slice(0, 7)) };
  if (precision === 'span') {
    const from = `${iso.slice(0, 8)}0${random.int(1, 9)}`;
    const until = addDays(from, random.int(1, 5));
    return { kind: 'when', date: from, until, text: daySpan(from, until) };
  }
  return { kind: 'when', date: iso, text: when === 'recent' ? monthDay(iso) : dayMonthYear(iso) };
}
