/**
 * The search test set: what researchers type, and the results that must come in the top 3.
 * `A` is the first edition's article; `#pN` a paragraph of the original, `#pN-nK` an editorial note.
 */
const A = '/articles/tajikistan-diversifies-its-security-assistance/';
const E = (slug: string) => `/entities/${slug}/`;

export interface SearchCase {
  query: string;
  /** Each must be among the first three results. */
  top3: string[];
}

export const EXPECTED: SearchCase[] = [
  // Names in each variant and script
  { query: 'Khayrulloyev', top3: [E('sherali-khayrulloyev'), `${A}#p2`] },
  // Names misspelled: the register's closest spelling is searched instead (src/lib/search-names.ts)
  { query: 'Khayruloyev', top3: [E('sherali-khayrulloyev')] },
  { query: 'Dushambe', top3: [E('dushanbe')] },
  { query: 'Kuchak', top3: [E('zenon-kuhchak')] },
  { query: 'Momirack', top3: [E('momirak-range')] },
  { query: 'Pavlovski', top3: [E('gleb-pavlovsky')] },
  { query: 'Khairulloyev', top3: [E('sherali-khayrulloyev'), `${A}#p2`] },
  { query: 'Хайруллоев', top3: [E('sherali-khayrulloyev'), `${A}#p2`] },
  { query: 'Sherali Khayrulloyev', top3: [E('sherali-khayrulloyev')] },
  { query: 'Momirak', top3: [E('momirak-range')] },
  { query: 'Mumirak', top3: [E('momirak-range'), `${A}#p5`] },
  { query: 'ITAR-TASS', top3: [E('itar-tass')] },
  { query: 'Itar-Tass', top3: [E('itar-tass')] },
  { query: 'TASS', top3: [E('itar-tass')] },
  { query: 'Asia-Plus', top3: [E('asia-plus')] },
  { query: 'Asia Plus', top3: [E('asia-plus')] },
  { query: 'Avesta', top3: [E('avesta')] },
  { query: 'Pavlovsky', top3: [E('gleb-pavlovsky')] },
  { query: 'Gleb Pavlovsky', top3: [E('gleb-pavlovsky'), `${A}#p6-n1`] },
  { query: 'Effective Policy Foundation', top3: [E('effective-policy-foundation')] },
  { query: 'Foundation for Effective Politics', top3: [E('effective-policy-foundation')] },
  { query: 'Zenon Kuhchak', top3: [E('zenon-kuhchak'), `${A}#p2-n3`] },
  { query: 'Kuchciak', top3: [E('zenon-kuhchak'), `${A}#p2-n3`] },
  // Units, organisations, places
  { query: '201st', top3: [E('201st-motorized-rifle-division')] },
  { query: '201st base', top3: [E('201st-motorized-rifle-division')] },
  { query: '201st Motorized Rifle Division', top3: [E('201st-motorized-rifle-division'), `${A}#p5-n1`] },
  { query: 'Khatlon', top3: [E('khatlon-region')] },
  { query: 'Dushanbe', top3: [E('dushanbe')] },
  { query: 'Partnership for Peace', top3: [E('partnership-for-peace')] },
  { query: 'PfP', top3: [E('partnership-for-peace')] },
  { query: 'NATO', top3: [E('nato')] },
  { query: 'CIS', top3: [E('cis')] },
  { query: 'Central Asia', top3: [E('central-asia')] },
  { query: 'Tajik-Afghan border', top3: [E('tajik-afghan-border')] },
  { query: 'Poland', top3: [E('poland')] },
  { query: 'India', top3: [E('india')] },
  { query: 'Washington', top3: [E('washington')] },
  { query: 'ministry of defense', top3: [E('ministry-of-defence-of-tajikistan')] },
  { query: 'Jamestown Foundation', top3: [E('jamestown-foundation')] },
  { query: 'Eurasia Daily Monitor', top3: [E('eurasia-daily-monitor')] },
  // Events and dates
  { query: 'Indian delegation', top3: [E('indian-military-delegation-2004'), `${A}#p2`] },
  // The original's paragraph that dates the visit and the chronology's entry for the day (the event's own page writes "20 September").
  { query: 'September 20', top3: [`${A}#p2`, '/chronology/'] },
  { query: 'September 21', top3: [`${A}#p2`] },
  { query: 'September 14', top3: [E('september-2004-exercise')] },
  { query: 'civil war', top3: [E('tajik-civil-war')] },
  { query: 'military exercises', top3: [E('september-2004-exercise')] },
  // Topics and claims
  { query: 'border guards', top3: [E('russian-border-guards')] },
  { query: 'narcotics', top3: [`${A}#p6-n2`, `${A}#p1`] },
  { query: 'weapons of mass destruction', top3: [`${A}#p1`] },
  { query: '$2.3 million', top3: [`${A}#p3-n2`] },
  { query: 'air mobility', top3: [`${A}#p2-n2`] },
  { query: 'Ayni', top3: [`${A}#p2-n5`] },
  { query: 'Rumsfeld', top3: [`${A}#p1-n1`] },
];

/** Queries that must find nothing: words the edition does not contain. */
export const NOTHING = ['zzqxj', 'bitcoin', 'photosynthesis', 'quantum chromodynamics'];
