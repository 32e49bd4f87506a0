/**
 * The case-study finder, enhanced: the static facet links and pages give way to checkboxes that filter every
 * case study in place, update the counts and keep the choice in the URL (?needs=homelessness&region=south-east).
 * The case studies come from /case-studies/finder.json; the list shows 20 at a time, so the page stays light.
 */
import { applyFilters } from '../lib/filters/match';
import { queryOf, readSelection, writeSelection } from '../lib/filters/state';
import { facetKeys, type FinderItem, type FinderState } from '../lib/finder/facets';
import { LISTING_PAGE_SIZE, urls } from '../lib/urls';
import { datesLine, el } from './dom';
import { filterForm } from './filter-form';
import { filterPanel } from './filter-panel';

const form = document.querySelector<HTMLFormElement>('#finder')!;
const links = document.querySelector<HTMLElement>('[data-finder-links]')!;
const status = document.querySelector<HTMLElement>('#finder-status')!;
const results = document.querySelector<HTMLElement>('#finder-results')!;
const more = document.querySelector<HTMLButtonElement>('#finder-more')!;
const pagination = document.querySelector<HTMLElement>('.pagination');
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const known = Object.fromEntries(facetKeys.map((k) => [k, boxes.filter((b) => b.name === k).map((b) => b.value)]));
let items: FinderItem[] = [];
let panel: ReturnType<typeof filterPanel<keyof FinderState>> | undefined;

const parse = (query: string): FinderState => readSelection(new URLSearchParams(query), facetKeys, known);
const query = (state: FinderState) => queryOf(writeSelection(new URLSearchParams(), facetKeys, state));

/** The same markup as EntryList.astro, built from text: titles and summaries are never parsed as HTML. */
const entry = (item: FinderItem) =>
  el(
    'li',
    {},
    el('h2', {}, el('a', { href: item.url }, item.title)),
    el('p', {}, item.summary),
    el(
      'p',
      { class: 'meta' },
      el('span', {}, `Strength of evidence: ${item.facts.evidenceStrength.name}`),
      el('span', {}, `Outcomes reported: ${item.facts.outcomesReported}`),
    ),
    el('p', { class: 'meta' }, el('span', {}, ...datesLine(item.evidence, item.published))),
  );

function show(state: FinderState) {
  for (const box of boxes) box.checked = state[box.name as keyof FinderState]?.includes(box.value) ?? false;
  const { kept: shown, counts } = applyFilters(items, (i) => i.facets, state, facetKeys);
  let count = LISTING_PAGE_SIZE;
  const list = el('ul', { class: 'entry-list' }, ...shown.slice(0, count).map(entry));
  results.replaceChildren(list);
  more.hidden = shown.length <= count;
  more.onclick = () => {
    list.append(...shown.slice(count, count + LISTING_PAGE_SIZE).map(entry));
    list.children[count]?.querySelector('a')?.focus();
    count += LISTING_PAGE_SIZE;
    more.hidden = shown.length <= count;
  };
  for (const box of boxes) {
    const key = box.name as keyof FinderState;
    form.querySelector(`[data-count-for="${CSS.escape(`${key}=${box.value}`)}"]`)!.textContent = `(${counts[key].get(box.value) ?? 0})`;
  }
  const n = shown.length;
  status.textContent = `${n === 0 ? 'No' : n} case ${n === 1 ? 'study' : 'studies'}${n === 0 ? ' match these filters: untick one to see more' : ', newest evidence first'}`;
  panel?.show(state, n);
}

async function start() {
  try {
    const response = await fetch(urls.finderIndex());
    if (!response.ok) throw new Error(String(response.status));
    items = (await response.json()) as FinderItem[];
  } catch {
    // Without the index the static links and pages still find every case study; filters in the address are not applied.
    if (location.search) status.textContent += '. The filters could not load, so those in this page’s address are not applied.';
    return;
  }
  links.hidden = true;
  if (pagination) pagination.hidden = true;
  panel = filterPanel(form.closest('.filter-panel')!, status);
  const { current, apply, update } = filterForm(form, parse, query, show);
  form.addEventListener('change', update);
  // Filters apply as they change; the button takes keyboard and screen-reader users to the results.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    status.focus();
  });
  // A reset clears the boxes after this event, so the empty state is applied directly.
  form.addEventListener('reset', () => apply({}));
  show(current());
}

void start();
