/**
 * Finds the register's names in a text: where an article names an entity, by its name, a variant
 * or a conjectured spelling, and where it cites an outlet's dated report, "(Avesta, September 17)".
 * The importer tags what it finds (`npm run import`); the mentions check (`npm run mentions`)
 * lists what an edition has left untagged.
 *
 * Matching is leftmost-longest on word boundaries ("Russian 201st Motorized Rifle Division" before
 * "201st Motorized Rifle Division"; "NATO" in "NATO’s"), with typographic apostrophes and dashes
 * matched by their plain forms. Acronyms (all capitals: US, CIS, MoD) are matched as written, so
 * "us" is not the United States; other names in any case ("Khatlon region"). A spelling that two
 * entities share, and a one-word name all in lower case (a common word), are held back for the
 * editor, not tagged. Written by hand because no maintained library matches a gazetteer with
 * these rules (word boundaries across "U.S." and "9/11", per-name case, ambiguity held back);
 * candidates are indexed by their first word, so the cost grows with the text, not the register.
 */

/** A name found in a text, at its offsets. */
export interface FoundName {
  entity: string;
  text: string;
  start: number;
  end: number;
}

/** A name not tagged, and why. */
export interface HeldName {
  text: string;
  start: number;
  end: number;
  entities: string[];
  reason: 'ambiguous' | 'common word';
}

/** One spelling of one or more entities, as the matcher compares it. */
interface Spelling {
  /** As compared: plain apostrophes and hyphens, lower case unless `exactCase`. */
  key: string;
  /** How many characters of the text it spans (lower-casing may change a string's length). */
  length: number;
  exactCase: boolean;
  entities: string[];
  commonWord: boolean;
}

export interface RegisterIndex {
  /** Spellings by their first word, longest first. */
  byFirstWord: Map<string, Spelling[]>;
}

/** The register's entities as the matcher needs them: a slug and every spelling. */
export interface NamedEntity {
  slug: string;
  spellings: readonly string[];
}

/** Same-length plain forms: ’ ‘ ʼ → ', – — ‑ → -, no-break space → space; offsets stay valid. */
const plain = (text: string): string => text.replace(/[’‘ʼ]/g, "'").replace(/[–—‑]/g, '-').replace(/\u00a0/g, ' ');

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The first word of a text (letters and digits), lower case: the key spellings are indexed by. */
const firstWord = (text: string): string => /^[\p{L}\p{N}]+/u.exec(text)?.[0].toLowerCase() ?? '';

/** An acronym is matched as written: two or more capitals, perhaps with lower-case letters between (MoD), no spaces. */
const isAcronym = (spelling: string): boolean => !/\s/.test(spelling) && (spelling.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && /^\p{Lu}/u.test(spelling) && !/\p{Ll}{3}/u.test(spelling);

/** Indexes every spelling of the register. */
export function indexRegister(entities: Iterable<NamedEntity>): RegisterIndex {
  const spellings = new Map<string, Spelling>();
  for (const { slug, spellings: names } of entities) {
    for (const name of names) {
      const exactCase = isAcronym(name);
      const key = exactCase ? plain(name) : plain(name).toLowerCase();
      const id = `${exactCase ? 'A' : 'a'}${key}`;
      const known = spellings.get(id);
      if (known) {
        if (!known.entities.includes(slug)) known.entities.push(slug);
        continue;
      }
      spellings.set(id, { key, length: name.length, exactCase, entities: [slug], commonWord: /^\p{Ll}+$/u.test(name) });
    }
  }
  const byFirstWord = new Map<string, Spelling[]>();
  for (const spelling of spellings.values()) {
    const word = firstWord(spelling.key);
    if (!word) continue;
    byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), spelling]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  return { byFirstWord };
}

/** The register's names in `text`, leftmost-longest; those it cannot tag with confidence, held. */
export function findNames(text: string, index: RegisterIndex): { found: FoundName[]; held: HeldName[] } {
  const compared = plain(text);
  const found: FoundName[] = [];
  const held: HeldName[] = [];
  let coveredUntil = 0;
  // Each word of the text (a maximal run of letters and digits) is where a name may begin.
  for (const word of compared.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = word.index;
    if (start < coveredUntil) continue;
    const match = (index.byFirstWord.get(word[0].toLowerCase()) ?? []).find((spelling) => {
      const candidate = compared.slice(start, start + spelling.length);
      return (spelling.exactCase ? candidate : candidate.toLowerCase()) === spelling.key && !isWordChar(compared[start + spelling.length]);
    });
    if (!match) continue;
    const end = start + match.length;
    coveredUntil = end;
    const words = text.slice(start, end);
    if (match.entities.length > 1) held.push({ text: words, start, end, entities: [...match.entities], reason: 'ambiguous' });
    else if (match.commonWord) held.push({ text: words, start, end, entities: [...match.entities], reason: 'common word' });
    else found.push({ entity: match.entities[0]!, text: words, start, end });
  }
  return { found, held };
}

/** A parenthetical source citation of the original: "(Avesta, September 17)". */
export interface FoundCitation {
  /** The words inside the parentheses. */
  text: string;
  start: number;
  end: number;
  /** The outlet's name as written. */
  outletName: string;
  /** The outlet's entity, when the register knows it. */
  outlet: string | undefined;
  /** YYYY-MM-DD, when the year is known. */
  date: string | undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CITATION = new RegExp(`\\(([^()]+?),\\s+(${MONTHS.join('|')})\\s+(\\d{1,2})\\)`, 'g');

/**
 * The parenthetical citations of a text, each with its outlet (looked up among `outlets`, by
 * every spelling) and its date in `year` (unknown when no year is given).
 */
export function findCitations(text: string, outlets: Iterable<NamedEntity>, year: number | undefined): FoundCitation[] {
  const bySpelling = new Map<string, string>();
  for (const { slug, spellings } of outlets) for (const spelling of spellings) bySpelling.set(plain(spelling).toLowerCase(), slug);
  return [...text.matchAll(CITATION)].map((match) => {
    const inside = match[0].slice(1, -1);
    const outletName = match[1]!.trim();
    const month = MONTHS.indexOf(match[2]!) + 1;
    const day = Number(match[3]);
    return {
      text: inside,
      start: match.index + 1,
      end: match.index + match[0].length - 1,
      outletName,
      outlet: bySpelling.get(plain(outletName).toLowerCase()),
      date: year === undefined ? undefined : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    };
  });
}

/** A determiner before a name ("the United States", "an Indian military delegation") is not part of the name. */
export const withoutDeterminer = (words: string): string => words.replace(/^(?:the|an?|its)\s+/i, '');

/** Whether `words` are one of an entity's spellings, as the matcher compares them (a leading determiner aside). */
export function isSpellingOf(words: string, spellings: readonly string[]): boolean {
  const compare = (text: string) => plain(withoutDeterminer(text)).toLowerCase();
  return spellings.some((spelling) => compare(spelling) === compare(words));
}

/**
 * What the importer tags in one paragraph of an original: its citations, and the register's names
 * outside them (an outlet's name inside its citation is the citation's, not a mention).
 */
export function tagParagraph(text: string, index: RegisterIndex, outlets: Iterable<NamedEntity>, year: number | undefined): { mentions: FoundName[]; held: HeldName[]; citations: FoundCitation[] } {
  const citations = findCitations(text, outlets, year);
  const outside = <T extends { start: number; end: number }>(name: T) => !citations.some((citation) => citation.start < name.end && name.start < citation.end);
  const { found, held } = findNames(text, index);
  return { mentions: found.filter(outside), held: held.filter(outside), citations };
}
