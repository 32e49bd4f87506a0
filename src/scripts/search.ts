/**
 * /search/: runs Pagefind in the browser for the words, and the filter engine (src/lib/filters/) for the filters.
 * The form is the state, kept in the URL (filter-form.ts).
 */
import { applyFilters, type FilterCounts } from '../lib/filters/match';
import { hasSelection } from '../lib/filters/state';
import { entryNumberSort, searchWasm, tableEntries, type FacetTable, type SearchEntry } from '../lib/search/facets';
import { urls } from '../lib/urls';
import { datesLine, el } from './dom';
import { filterForm } from './filter-form';
import { filterPanel } from './filter-panel';
import { excerptParts, parseSearch, searchFilterKeys, searchQuery, type SearchFilterKey, type SearchState } from '../lib/search/state';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: string;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  search: (q: string | null, o?: object) => Promise<{ results: PagefindResult[] } | null>;
  preload: (q: string) => Promise<void>;
}

// How many results to show at once; more on request.
const PAGE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const sort = form.querySelector<HTMLSelectElement>('#search-sort')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const empty = document.querySelector<HTMLElement>('#search-empty')!;
// Hidden in the page's HTML, for without JavaScript none of it works.
form.hidden = false;
const panel = filterPanel<SearchFilterKey>(filtersBox.closest('.filter-panel')!, status);

/** The excerpt as text nodes and <mark>s: Pagefind's HTML is never parsed as HTML. */
const excerpt = (html: string) =>
  el('p', { class: 'excerpt' }, ...excerptParts(html).map((p) => (p.mark ? el('mark', {}, p.text) : p.text)));

/** The filters are on the page from the build; a search ticks the chosen ones and updates the counts. */
function updateFilters(counts: FilterCounts<SearchFilterKey>, state: SearchState) {
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const key = box.name as SearchFilterKey;
    box.checked = state.filters[key]?.includes(box.value) ?? false;
    box.labels![0].querySelector('.count')!.textContent = `(${counts[key].get(box.value) ?? 0})`;
  }
}

/** One page of results' details, fetched from the index. */
const loadPage = (results: PagefindResult[], start: number) => Promise.all(results.slice(start, start + PAGE).map((r) => r.data()));

function appendResults(slice: PagefindResultData[], state: SearchState, total: number) {
  for (const data of slice) {
    const sections = data.sub_results.filter((s) => s.url.includes('#') && s.title !== data.meta.title).slice(0, 3);
    list.append(
      el(
        'li',
        {},
        ...(data.meta.image
          ? [el('img', { src: data.meta.image, alt: data.meta.image_alt ?? '', class: 'result-image', loading: 'lazy', width: '160' })]
          : []),
        el('p', { class: 'entry-type' }, data.meta.type ?? ''),
        el('h2', {}, el('a', { href: data.url }, data.meta.title ?? data.url)),
        ...(data.meta.evidence && data.meta.date ? [el('p', { class: 'meta' }, ...datesLine(data.meta.evidence, data.meta.date))] : []),
        excerpt(data.excerpt),
        ...(sections.length && state.q
          ? [
              el(
                'ul',
                { class: 'sub-results', 'aria-label': `Matching sections of ${data.meta.title ?? 'this page'}` },
                ...sections.map((s) => el('li', {}, el('a', { href: s.url }, s.title), ': ', ...excerpt(s.excerpt).childNodes)),
              ),
            ]
          : []),
      ),
    );
  }
  more.hidden = total <= list.children.length;
}

let pagefind: Pagefind;
/** Every entry's Pagefind result, and each result's entry in the table of filter values. */
let facets: Promise<{ everyEntry: PagefindResult[]; entryOf: Map<string, SearchEntry> }> | undefined;
let run = 0;

/**
 * Loaded on the first search, or as soon as the reader comes to the form: matching every entry runs on the page's
 * thread, and the page counts when it loads need none of it (they are built in).
 */
const facetsLoaded = () => (facets ??= loadFacets());

async function loadFacets() {
  const [table, every] = await Promise.all([
    fetch(urls.searchFacets()).then((r) => (r.ok ? (r.json() as Promise<FacetTable>) : Promise.reject(new Error(`facets: ${r.status}`)))),
    // Every entry, in the order of the numbers their pages carry: the table's entries in the same order are theirs.
    pagefind.search(null, { sort: { [entryNumberSort]: 'asc' } }),
  ]);
  const everyEntry = every?.results ?? [];
  const entries = tableEntries(table);
  return { everyEntry, entryOf: new Map(everyEntry.map((r, i) => [r.id, entries[i]])) };
}

function couldNotLoad() {
  status.textContent = 'Search could not load. Please try again later, or browse by topic.';
  empty.hidden = false;
}

function showNoSearch() {
  list.replaceChildren();
  more.hidden = true;
  empty.hidden = true;
  status.textContent = 'Type a word or phrase, or choose a filter.';
  panel.show({});
}

async function search(state: SearchState) {
  const mine = ++run;
  input.value = state.q;
  sort.value = state.sort;
  const active = state.q || hasSelection(state.filters);
  if (!active) {
    showNoSearch();
    // Until a first search, the counts built into the page are the right ones.
    if (!facets) return;
  }
  const loaded = await facetsLoaded().catch(() => undefined);
  if (!loaded) return couldNotLoad();
  // Words go to Pagefind; filters alone choose among every entry.
  const found = state.q ? ((await pagefind.search(state.q))?.results ?? []) : loaded.everyEntry;
  // A result the table does not know has no filter values: it shows only while no filter is chosen.
  const { kept, counts } = applyFilters(found, (r) => loaded.entryOf.get(r.id)?.values ?? {}, state.filters, searchFilterKeys);
  // Entries are numbered newest evidence first.
  const number = (r: PagefindResult) => loaded.entryOf.get(r.id)?.number ?? Infinity;
  if (state.sort === 'newest') kept.sort((a, b) => number(a) - number(b));
  const results = active ? kept : undefined;
  const first = results ? await loadPage(results, 0) : [];
  if (mine !== run) return; // a newer search has started
  updateFilters(counts, state);
  if (!results) return;
  list.replaceChildren();
  more.hidden = true;
  empty.hidden = results.length > 0;
  const n = results.length;
  const chosen = Object.values(state.filters).flat().length;
  appendResults(first, state, n);
  // Announced once the results are on the page, so what is heard matches what is there.
  status.textContent = `${n === 0 ? 'No' : n} result${n === 1 ? '' : 's'}${state.q ? ` for “${state.q}”` : ''}${chosen ? ` with ${chosen} filter${chosen === 1 ? '' : 's'}` : ''}`;
  panel.show(state.filters, n);
  more.onclick = async () => {
    const shown = list.children.length;
    const next = await loadPage(results, shown);
    if (mine !== run) return;
    appendResults(next, state, n);
    list.children[shown]?.querySelector('a')?.focus();
  };
}

async function start() {
  const { current, update } = filterForm(form, parseSearch, searchQuery, search);
  const arrived = current();
  const asked = arrived.q || hasSelection(arrived.filters);
  if (!asked) showNoSearch();
  // Pagefind's code, WebAssembly and index are fetched at once for an address that asks for a search, else when the
  // reader comes to the form (focusing it is the first step of typing or ticking): a visit that only passes through
  // costs a phone nothing.
  const loaded = (async () => {
    if (!asked) await new Promise((resolve) => form.addEventListener('focusin', resolve, { once: true }));
    // Pagefind asks for its WebAssembly only once its script and entry file have come: asked for beside them.
    document.head.append(el('link', { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: searchWasm }));
    pagefind = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
    // On the page's own thread: in Pagefind's worker, every result a search returns is later released by a message
    // to the worker, and those queued after a garbage collection hold up the next search
    // (docs/decisions/search-no-worker.md).
    await pagefind.options({ excerptLength: 24, noWorker: true });
  })();
  // Held until Pagefind has loaded, so a search asked for meanwhile is run by this page, not sent to the server.
  const whenLoaded = () => void loaded.then(update, () => undefined);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    whenLoaded();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) whenLoaded();
  });
  try {
    await loaded;
  } catch {
    return couldNotLoad();
  }
  if (asked) {
    // The words' part of the index is fetched while the search first loads the filter table and lists every entry.
    if (arrived.q) void pagefind.preload(arrived.q).catch(() => undefined);
    await search(arrived);
  }
  // A failure here is reported by the search that needs the values.
  else void facetsLoaded().catch(() => undefined);
}

void start();
