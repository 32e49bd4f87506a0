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
import { parseSearch, searchFilterKeys, searchQuery, type SearchFilterKey, type SearchState } from '../lib/search/state';
import {
  acronymMeanings,
  corrected,
  exactFirst,
  exactQuery,
  excerptOf,
  isQuoted,
  MAX_WORD_CHECKS,
  mostWords,
  queryWords,
  searchableWords,
  searchedWordsPresent,
  wordsPresent,
  type PartMatch,
} from '../lib/search/relevance';
import type { SearchWords } from '../lib/search/words';

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
  raw_content: string;
  locations: number[];
  sub_results: { title: string; url: string; locations: number[] }[];
}
interface PagefindResult {
  id: string;
  score: number;
  /** Where the page has the words searched, as `data().locations` has them for the last search of the page only. */
  words: number[];
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
const notice = document.querySelector<HTMLElement>('#search-notice')!;

// How many words an excerpt shows.
const EXCERPT_WORDS = 24;

/** An excerpt of a page's text as text nodes, with the words searched for in <mark>s (relevance.ts). */
const excerpt = (content: string, locations: number[], words: string[]) =>
  el(
    'p',
    { class: 'excerpt' },
    ...excerptOf(content, locations, words, EXCERPT_WORDS).map((p) => (p.mark ? el('mark', {}, p.text) : p.text)),
  );

/** The filters are on the page from the build; a search ticks the chosen ones and updates the counts. */
function updateFilters(counts: FilterCounts<SearchFilterKey>, state: SearchState) {
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const key = box.name as SearchFilterKey;
    box.checked = state.filters[key]?.includes(box.value) ?? false;
    box.labels![0].querySelector('.count')!.textContent = `(${counts[key].get(box.value) ?? 0})`;
  }
}

/**
 * One page of results' details, fetched from the index, each with where its own search found the words: Pagefind
 * keeps one record per page for every search that finds it.
 */
const loadPage = (results: PagefindResult[], start: number) =>
  Promise.all(results.slice(start, start + PAGE).map(async (r) => ({ ...(await r.data()), locations: r.words })));

function appendResults(slice: PagefindResultData[], state: SearchState, total: number, words: string[]) {
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
        excerpt(data.raw_content, data.locations, words),
        ...(sections.length && state.q
          ? [
              el(
                'ul',
                { class: 'sub-results', 'aria-label': `Matching sections of ${data.meta.title ?? 'this page'}` },
                ...sections.map((s) =>
                  el('li', {}, el('a', { href: s.url }, s.title), ': ', ...excerpt(data.raw_content, s.locations, words).childNodes),
                ),
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
  notice.hidden = true;
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
  const table = facetsLoaded().catch(() => undefined);
  // Words go to Pagefind while the filter values load; filters alone choose among every entry.
  const words = state.q ? find(state.q) : undefined;
  // Words alone, best match first, need no filter values: their results show first, the counts once the values come.
  const shownFirst = words && !hasSelection(state.filters) && state.sort === 'relevance';
  if (shownFirst) {
    const found = await words;
    const first = await loadPage(found.results, 0);
    if (mine !== run) return; // a newer search has started
    showResults(found, first, state, mine);
  }
  const loaded = await table;
  if (mine !== run) return;
  if (!loaded) return shownFirst ? undefined : couldNotLoad();
  const found = words ? await words : { results: loaded.everyEntry, words: [] };
  // A result the table does not know has no filter values: it shows only while no filter is chosen.
  const { kept, counts } = applyFilters(found.results, (r) => loaded.entryOf.get(r.id)?.values ?? {}, state.filters, searchFilterKeys);
  // Entries are numbered newest evidence first.
  const number = (r: PagefindResult) => loaded.entryOf.get(r.id)?.number ?? Infinity;
  if (state.sort === 'newest') kept.sort((a, b) => number(a) - number(b));
  const first = active && !shownFirst ? await loadPage(kept, 0) : [];
  if (mine !== run) return;
  updateFilters(counts, state);
  if (active && !shownFirst) showResults({ ...found, results: kept }, first, state, mine);
}

/** Puts a search's results on the page, its first page loaded, then announces how many there are. */
function showResults(found: Found, first: PagefindResultData[], state: SearchState, mine: number) {
  const { results, words, told } = found;
  list.replaceChildren();
  more.hidden = true;
  empty.hidden = results.length > 0;
  const n = results.length;
  const chosen = Object.values(state.filters).flat().length;
  // Entries with most of the words are not there to tell of once the filters leave none.
  showNotice(n === 0 && told && 'mostWords' in told ? undefined : told, state);
  appendResults(first, state, n, words);
  const q = told && 'corrected' in told ? told.corrected.q : state.q;
  // Announced once the results are on the page, so what is heard matches what is there.
  status.textContent = `${n === 0 ? 'No' : n} result${n === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}${chosen ? ` with ${chosen} filter${chosen === 1 ? '' : 's'}` : ''}`;
  panel.show(state.filters, n);
  more.onclick = async () => {
    const shown = list.children.length;
    const next = await loadPage(results, shown);
    if (mine !== run) return;
    appendResults(next, state, n, words);
    list.children[shown]?.querySelector('a')?.focus();
  };
}

/** What the reader is told above the results about how their words were searched. */
type Told = { corrected: { q: string; asTyped: string } } | { mostWords: true } | { meanings: { acronym: string; meanings: string[] } };

/** A search's results, best first, the words searched and what to tell the reader. */
interface Found {
  results: PagefindResult[];
  words: string[];
  told?: Told;
}

/**
 * A search's results, each loading its record once: ordering the first page and showing it both need the records,
 * and Pagefind works each one out again on every call.
 */
const resultsOf = async (q: string) =>
  ((await pagefind.search(q))?.results ?? []).map((r): PagefindResult => {
    let data: Promise<PagefindResultData> | undefined;
    return { ...r, data: () => (data ??= r.data()) };
  });

let siteWords: Promise<SearchWords | undefined> | undefined;
/** Fetched once, only when a search needs it: a one-word search may be an acronym, a word may need correcting. */
const wordsLoaded = () =>
  (siteWords ??= fetch(urls.searchWords())
    .then((r) => (r.ok ? (r.json() as Promise<SearchWords>) : undefined))
    .catch(() => undefined));

/** One result standing for an entry found by some of the words, with every word's matches in its excerpt. */
const partResult = ({ id, results }: PartMatch<PagefindResult>): PagefindResult => ({
  id,
  score: 0,
  words: results.flatMap((r) => r.words),
  data: results[0].data,
});

/**
 * Whether Pagefind's best result for a word holds that word (with any ending): for a word it does not know, it finds
 * words that merely start alike, or leaves the word out of a longer search.
 */
async function holds(results: PagefindResult[], word: string) {
  const best = results[0];
  return best ? wordsPresent((await best.data()).raw_content, best.words, [word]) > 0 : false;
}

/**
 * The words of a search that found something which the site does not hold. Only words its vocabulary lacks are
 * checked, a few at most, each by a search of its own unless it is the whole search.
 */
async function unknownWords(words: string[], vocabulary: string[], ranked: PagefindResult[]) {
  const known = new Set(vocabulary);
  const checked = words.filter((w) => !known.has(w)).slice(0, MAX_WORD_CHECKS);
  const held = await Promise.all(checked.map(async (w) => holds(words.length === 1 ? ranked : await resultsOf(w), w)));
  return checked.filter((_, i) => !held[i]);
}

/** The search with its unknown words corrected, if there is a correction and it finds something. */
async function correctedSearch(q: string, unknown: string[], vocabulary: string[]) {
  const fix = corrected(q, unknown, vocabulary);
  const results = fix ? await resultsOf(fix.q) : [];
  return fix && results.length ? { results, words: queryWords(fix.q), told: { corrected: fix } } : undefined;
}

/**
 * The words' results, best first, and what to tell the reader (relevance.ts). A search that finds something takes
 * one Pagefind search, and, if it has several words, one for them as an exact phrase and one for each of at most
 * `MAX_WORD_CHECKS` words the site's vocabulary lacks. Only when no entry has every word is each word searched
 * for alone, to correct one that finds nothing or to find the entries with most of the words
 * (docs/decisions/search-relevance.md).
 */
async function find(q: string): Promise<Found> {
  const words = queryWords(q);
  const site = wordsLoaded();
  const ranked = await resultsOf(q);
  if (isQuoted(q)) return { results: ranked, words };
  const each = searchableWords(words);
  const { meanings = {}, vocabulary = [] } = (await site) ?? {};
  if (ranked.length) {
    const fixed = await correctedSearch(q, await unknownWords(each, vocabulary, ranked), vocabulary);
    if (fixed) return fixed;
    // A phrase's exact search puts entries with the phrase first; one word's would cost a search to move only words
    // that merely start alike ("Gateshead"), which the ordering below moves as well.
    const exact = words.length > 1 ? exactFirst(await resultsOf(exactQuery(q)), ranked) : ranked;
    // Pagefind's exact search still stems ("housing" finds "House"): entries with the words as typed go first.
    const results = await reorderFirst(exact, PAGE, (content, at) => searchedWordsPresent(content, at, each));
    const acronym = words.length === 1 ? acronymMeanings(q, meanings) : undefined;
    return { results, words, told: acronym && { meanings: acronym } };
  }
  const byWord = words.length === 1 ? each.map(() => ranked) : await Promise.all(each.map(resultsOf));
  const fixed = await correctedSearch(
    q,
    each.filter((_, i) => byWord[i].length === 0),
    vocabulary,
  );
  if (fixed) return fixed;
  // Pagefind counts a word that starts the same ("south" in "Southend"): the first results are counted again.
  const results = await reorderFirst(mostWords(byWord).map(partResult), 2 * PAGE, (content, at) => wordsPresent(content, at, each));
  return { results, words, told: results.length ? { mostWords: true } : undefined };
}

/** The first `n` results in order of how many of the words their text holds, else as they were. */
async function reorderFirst(results: PagefindResult[], n: number, count: (content: string, locations: number[]) => number) {
  const first = await Promise.all(results.slice(0, n).map(async (r) => ({ r, n: count((await r.data()).raw_content, r.words) })));
  return [...first.sort((a, b) => b.n - a.n).map(({ r }) => r), ...results.slice(first.length)];
}

/** A link that searches for other words with the same filters, in the page. */
function searchLink(q: string, text: string, state: SearchState) {
  const link = el('a', { href: `${urls.search()}${searchQuery({ ...state, q })}` }, text);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = q;
    form.requestSubmit();
  });
  return link;
}

function showNotice(told: Told | undefined, state: SearchState) {
  notice.hidden = !told;
  if (!told) return notice.replaceChildren();
  if ('corrected' in told) {
    const { q, asTyped } = told.corrected;
    return notice.replaceChildren(
      el('p', {}, 'Showing results for ', el('strong', {}, q), '. Search instead for ', searchLink(asTyped, state.q, state), '.'),
    );
  }
  if ('mostWords' in told) return notice.replaceChildren(el('p', {}, 'No entry has all your words. These have most of them.'));
  const { acronym, meanings } = told.meanings;
  notice.replaceChildren(
    el('p', {}, `“${acronym}” means different things in different entries. Search for one meaning:`),
    el('ul', {}, ...meanings.map((m) => el('li', {}, searchLink(m, m, state)))),
  );
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
