/**
 * The search interface: a combobox over Pagefind results with facets. Keyboard: arrows move
 * through results, Enter opens one; the result count is announced. Loaded only when search is
 * opened (see search-launcher.ts).
 */
import { describeHit, FACETS, facetOptions, markedWords, matchedOnlyByShortPrefix, SECTIONS_PER_PAGE, type HitView, type SearchHit } from '../lib/search-results';
import { closestName, nameKey, nameShard } from '../lib/search-names';
import { HIDDEN_EXPORT, PARTS_EXPORT, withoutHidden, type HiddenPages } from '../lib/search-index-parts';
import { BASE } from './site-base';

interface PagefindResult {
  id: string;
  data(): Promise<SearchHit>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(term: string, options: { filters: Record<string, { any: string[] }> }, delay: number): Promise<PagefindSearch | null>;
}

// Under the base the site is served at (a GitHub Pages project site: /<repository>/).
const BUNDLE = `${BASE}pagefind/pagefind.js`;
/** The query parameter that asks the result page to highlight the words searched for. */
export const HIGHLIGHT_PARAM = 'highlight';
const PAGE_SIZE = 10;

// Articles are far longer than entity pages; without this they sink below every short page that repeats a name once.
const SEARCH_OPTIONS = { highlightParam: HIGHLIGHT_PARAM, ranking: { pageLength: 0.1 }, excerptLength: 30 };

/** Pagefind's module, its parts merged, and the pages its searches must not show. */
interface Index {
  module: Pagefind;
  hidden: HiddenPages;
}

let pagefind: Promise<Index> | undefined;
function loadPagefind(): Promise<Index> {
  pagefind ??= import(/* @vite-ignore */ BUNDLE).then(async (module: Pagefind & { [PARTS_EXPORT]?: string[]; [HIDDEN_EXPORT]?: HiddenPages }) => {
    await module.options(SEARCH_OPTIONS);
    // A large archive's index is in parts (src/lib/search-index.ts): the bundle's module lists the others,
    // each merged and ranked as the first is, so that their results are ordered together; and, after
    // a rebuild, the pages of the parts that the part of changes replaces.
    await Promise.all((module[PARTS_EXPORT] ?? []).map((part) => module.mergeIndex(`${BASE}pagefind/${part}/`, SEARCH_OPTIONS)));
    return { module, hidden: module[HIDDEN_EXPORT] ?? {} };
  });
  return pagefind;
}

// Searches report filter counts only once the filters are loaded; in a large archive they weigh more
// than the rest of a search, so they load when the reader first opens the filters.
let filtersLoaded: Promise<unknown> | undefined;
const loadFilters = () => (filtersLoaded ??= loadPagefind().then(({ module }) => module.filters()));

// The register's spellings beginning with a letter, fetched the first time a query needs them.
const names = new Map<string, Promise<string[]>>();
function loadNames(shard: string): Promise<string[]> {
  if (!names.has(shard)) names.set(shard, fetch(`${BASE}data/names/${shard}.json`).then((response) => (response.ok ? response.json() : []), () => []));
  return names.get(shard)!;
}

let instances = 0;

/** Renders the search interface into `root` and returns its input. */
export function mountSearch(root: HTMLElement, initialQuery = ''): HTMLInputElement {
  const id = `search-${++instances}`;
  root.innerHTML = `
    <div class="search-ui">
      <label for="${id}-input">Search texts, notes and register</label>
      <input id="${id}-input" type="search" autocomplete="off" spellcheck="false" role="combobox"
        aria-autocomplete="list" aria-expanded="false" aria-controls="${id}-results" aria-describedby="${id}-help" />
      <p id="${id}-help" class="search-help">Names in any spelling (Khairulloyev, Momirak, ITAR-TASS). ↑ ↓ to move, Enter to open, Esc to close.</p>
      <p class="search-status" role="status" aria-live="polite"></p>
      <div class="search-layout">
        <details class="search-filters"><summary>Filter results</summary><div class="search-facets"></div></details>
        <ul id="${id}-results" class="search-results" role="listbox" aria-label="Search results" hidden></ul>
      </div>
    </div>`;
  const input = root.querySelector('input')!;
  const status = root.querySelector<HTMLElement>('.search-status')!;
  const facets = root.querySelector<HTMLElement>('.search-facets')!;
  const filterPanel = root.querySelector<HTMLDetailsElement>('.search-filters')!;
  const list = root.querySelector<HTMLUListElement>('.search-results')!;
  const selected: Record<string, string[]> = {};
  let active = -1;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const open = (option: HTMLElement) => window.location.assign(option.dataset['href']!);
  const setActive = (index: number) => {
    const all = options();
    active = all.length ? (index + all.length) % all.length : -1;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  /** The first page of passages for `query`, or undefined when the reader has typed something else since. */
  const resultsFor = async (query: string, filters: Record<string, { any: string[] }>, current: () => boolean) => {
    const { module, hidden } = await loadPagefind();
    const found = await module.debouncedSearch(query, { filters }, 150);
    if (!found || !current()) return undefined;
    const search = withoutHidden(found.results, found.filters, hidden);
    // Each result's data is a fragment to fetch: fetch only as many as the first page of passages needs.
    const views: HitView[] = [];
    const marked = new Set<string>();
    let dropped = 0;
    for (let next = 0; views.length < PAGE_SIZE && next < search.results.length; ) {
      const batch = search.results.slice(next, (next += Math.ceil((PAGE_SIZE - views.length) / SECTIONS_PER_PAGE)));
      const hits = await Promise.all(batch.map((result) => result.data()));
      const meant = hits.filter((hit) => !matchedOnlyByShortPrefix(hit, query));
      dropped += hits.length - meant.length;
      for (const hit of meant) for (const word of markedWords(hit)) marked.add(nameKey(word));
      views.push(...meant.flatMap(describeHit));
      if (!current()) return undefined;
    }
    views.splice(PAGE_SIZE);
    // Whether the words typed were found as typed, not only through Pagefind's nearest prefix.
    const asTyped = query.split(/\s+/).every((word) => marked.has(nameKey(word)));
    return { views, total: search.results.length - dropped, filters: search.filters, found: asTyped };
  };

  const run = async () => {
    const term = input.value.trim();
    if (!term) {
      list.replaceChildren();
      // A listbox with no options is invalid (axe aria-required-children): hidden until it has some.
      list.hidden = true;
      facets.replaceChildren();
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    const current = () => input.value.trim() === term;
    const filters = Object.fromEntries(Object.entries(selected).filter(([, values]) => values.length).map(([name, values]) => [name, { any: values }]));
    let shown = await resultsFor(term, filters, current);
    if (!shown) return;
    // A name misspelled finds nothing, or other words: the register's closest spelling is searched instead.
    let instead: string | undefined;
    if (!shown.found) {
      const name = closestName(term, await loadNames(nameShard(term)));
      if (!current()) return;
      const other = name === undefined ? undefined : await resultsFor(name, filters, current);
      if (!current()) return;
      if (other && other.total > 0) {
        shown = other;
        instead = name;
      }
    }
    const { views, total } = shown;
    list.hidden = views.length === 0;
    list.replaceChildren(
      ...views.map((view, index) => {
        const option = document.createElement('li');
        option.id = `${id}-hit-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        // An option holds no link (a link inside an option is nested interaction): it carries its URL and opens it.
        option.dataset['href'] = view.url;
        option.innerHTML = `<span class="search-hit-label"></span><span class="search-hit-title"></span><span class="search-hit-context"></span><p class="search-hit-excerpt"></p>`;
        option.querySelector('.search-hit-label')!.textContent = view.label;
        option.querySelector('.search-hit-title')!.textContent = view.title;
        option.querySelector('.search-hit-context')!.textContent = view.context ?? '';
        option.querySelector('.search-hit-excerpt')!.innerHTML = view.excerpt; // Pagefind escapes the text and adds only <mark>
        option.addEventListener('click', () => open(option));
        return option;
      }),
    );
    const count = total === 0 ? `No results for “${term}”.` : `${total} page${total === 1 ? '' : 's'} found${total > 1 || views.length > 1 ? `, showing the best ${views.length} passage${views.length === 1 ? '' : 's'}` : ''}.`;
    status.textContent = instead === undefined ? count : `“${term}” is not in the edition. Showing results for “${instead}”: ${count}`;
    input.setAttribute('aria-expanded', String(total > 0));
    renderFacets(shown.filters);
    setActive(-1);
  };

  const renderFacets = (counts: Record<string, Record<string, number>>) => {
    facets.replaceChildren(
      ...FACETS.flatMap(({ name, heading }) => {
        const values = facetOptions(counts[name], selected[name] ?? []);
        if (values.length === 0) return [];
        const group = document.createElement('fieldset');
        group.className = 'search-facet';
        group.innerHTML = `<legend></legend>`;
        group.querySelector('legend')!.textContent = heading;
        for (const { value, count, checked } of values) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.checked = checked;
          box.addEventListener('change', () => {
            const current = new Set(selected[name] ?? []);
            if (box.checked) current.add(value);
            else current.delete(value);
            selected[name] = [...current];
            void run();
          });
          label.append(box, ` ${value} `);
          const badge = document.createElement('span');
          badge.className = 'count';
          badge.textContent = String(count);
          label.append(badge);
          group.append(label);
        }
        return [group];
      }),
    );
  };

  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) void loadFilters().then(run);
  });
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const option = options()[active === -1 ? 0 : active];
      if (option) {
        event.preventDefault();
        open(option);
      }
    }
  });
  if (initialQuery) {
    input.value = initialQuery;
    void run();
  }
  return input;
}
