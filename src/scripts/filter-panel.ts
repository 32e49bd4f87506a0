/**
 * The filters of /search/ and the case-study finder (FilterPanel.astro), shown once the page's script runs. On
 * narrow screens a button folds them away so the results come first, and says how many are chosen; above the
 * results, each chosen filter has a button that removes it. The page's form stays the state: removing a filter
 * unticks its box and sends the form's change event, as a reader's untick would. Escape, or the button that ends
 * the filters ("Show 3 case studies"), folds them away again.
 */
import { chosenFilters, filterButtonText, removeFilterText, showResultsText, type FilterGroup } from '../lib/filters/chosen';
import type { Selection } from '../lib/filters/state';
import { el } from './dom';

/**
 * Shows the filters inside `panel` (the component's root) and puts the chosen filters after `status`, the result
 * count. The page calls `show` with the chosen filters and the number of results once its results and count are on
 * the page; without a number (before a search) the button that ends the filters gives none.
 */
export function filterPanel<K extends string>(panel: HTMLElement, status: HTMLElement) {
  const toggle = panel.querySelector<HTMLButtonElement>('.filter-toggle')!;
  const fields = panel.querySelector<HTMLElement>('.filter-fields')!;
  const boxes = [...fields.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const groups: FilterGroup<K>[] = [...fields.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')].map((set) => ({
    key: set.dataset.filter as K,
    label: set.querySelector('legend')!.textContent!.trim(),
    names: new Map(
      [...set.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((box) => [
        box.value,
        box.labels![0].querySelector('.filter-name')!.textContent!,
      ]),
    ),
  }));
  const chosenList = el('div', { class: 'chosen-filters', hidden: '' });
  status.after(chosenList);
  toggle.hidden = false;
  fields.hidden = false;
  toggle.addEventListener('click', () => toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true')));
  const close = () => toggle.setAttribute('aria-expanded', 'false');
  // Only where the button folds the filters away: on a wide screen they stay beside the results.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true' || !toggle.checkVisibility()) return;
    close();
    toggle.focus();
  });
  const showResults = fields.querySelector<HTMLButtonElement>('.show-results')!;
  const noun = { one: showResults.dataset.one!, other: showResults.dataset.other! };
  showResults.addEventListener('click', () => {
    close();
    status.focus();
  });

  // After a removal the count is the next thing to hear: focus goes there once it is updated.
  let focusCount = false;
  const untick = (chosen: { key: string; value: string }[]) => {
    const unticked = boxes.filter((box) => chosen.some((c) => c.key === box.name && c.value === box.value));
    for (const box of unticked) box.checked = false;
    focusCount = true;
    unticked[0]?.dispatchEvent(new Event('change', { bubbles: true }));
  };

  return {
    show(selection: Selection<K>, count?: number) {
      const chosen = chosenFilters(selection, groups);
      toggle.textContent = filterButtonText(chosen.length);
      showResults.textContent = showResultsText(count, noun);
      chosenList.hidden = chosen.length === 0;
      chosenList.replaceChildren(
        el(
          'ul',
          { 'aria-label': 'Chosen filters' },
          ...chosen.map((c) =>
            el(
              'li',
              {},
              el(
                'button',
                { type: 'button', class: 'chosen-filter', 'aria-label': removeFilterText(c) },
                el('strong', {}, c.label),
                ` ${c.name}`,
              ),
            ),
          ),
        ),
        ...(chosen.length > 1 ? [el('button', { type: 'button', class: 'clear-filters' }, 'Clear all filters')] : []),
      );
      chosenList.querySelectorAll<HTMLButtonElement>('.chosen-filter').forEach((button, i) => (button.onclick = () => untick([chosen[i]])));
      const clear = chosenList.querySelector<HTMLButtonElement>('.clear-filters');
      if (clear) clear.onclick = () => untick(chosen);
      if (focusCount) status.focus();
      focusCount = false;
    },
  };
}
