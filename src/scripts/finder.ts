/**
 * The case-study finder, enhanced: the static facet links give way to checkboxes that filter the list in place,
 * update the counts and keep the choice in the URL (?needs=homelessness&region=south-east).
 */
import { decodeState, encodeState, facetCounts, facetKeys, filterItems, type FacetValues, type FinderState } from '../lib/facets';

const form = document.querySelector<HTMLFormElement>('#finder')!;
const links = document.querySelector<HTMLElement>('[data-finder-links]')!;
const status = document.querySelector<HTMLElement>('#finder-status')!;
const items = [...document.querySelectorAll<HTMLLIElement>('li[data-facets]')].map((li) => ({ li, facets: JSON.parse(li.dataset.facets!) as FacetValues }));
const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const known = Object.fromEntries(facetKeys.map((k) => [k, boxes.filter((b) => b.name === k).map((b) => b.value)]));

function stateOfForm(): FinderState {
  return decodeState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString(), known);
}

function show(state: FinderState) {
  for (const box of boxes) box.checked = state[box.name as keyof FinderState]?.includes(box.value) ?? false;
  const shown = new Set(filterItems(items, state));
  for (const item of items) item.li.hidden = !shown.has(item);
  for (const key of facetKeys) {
    const counts = facetCounts(items, state, key);
    for (const box of boxes.filter((b) => b.name === key)) {
      form.querySelector(`[data-count-for="${CSS.escape(`${key}=${box.value}`)}"]`)!.textContent = `(${counts.get(box.value) ?? 0})`;
    }
  }
  const n = shown.size;
  status.textContent = `${n === 0 ? 'No' : n} case ${n === 1 ? 'study' : 'studies'}${n === 0 ? ' match these filters: untick one to see more' : ''}`;
}

function update(state: FinderState) {
  const query = encodeState(state);
  if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
  show(state);
}

links.hidden = true;
form.hidden = false;
form.addEventListener('change', () => update(stateOfForm()));
// Filters apply as they change; the button takes keyboard and screen-reader users to the results.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  status.focus();
});
// A reset clears the boxes after this event, so the empty state is applied directly.
form.addEventListener('reset', () => update({}));
window.addEventListener('popstate', () => show(decodeState(location.search, known)));
show(decodeState(location.search, known));
