/**
 * The compare table, enhanced: its column headers become buttons that sort the rows, and an address such as
 * ?ids=southend-complex-needs-panel,surrey-opcc-commissioning shows only those case studies. Without it the table
 * shows every case study in its built order.
 */
import { selectedIds } from '../lib/filters/state';
import { urls } from '../lib/urls';
import { el } from './dom';

const table = document.querySelector<HTMLTableElement>('#compare')!;
const form = document.querySelector<HTMLFormElement>('#compare-form')!;
const status = document.querySelector<HTMLElement>('#compare-status')!;
document.querySelector<HTMLElement>('#compare-without-script')!.hidden = true;
const body = table.tBodies[0];
const rows = [...body.rows];
const headers = [...table.tHead!.querySelectorAll<HTMLTableCellElement>('th[data-column]')];
const announce = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
table.after(announce);

const sortValue = (row: HTMLTableRowElement, column: string) =>
  row.querySelector(`[data-column="${CSS.escape(column)}"]`)?.getAttribute('data-sort') ?? '';

/** Rows by one column; a value the source does not give (an empty sort value) goes last either way. */
function sortBy(header: HTMLTableCellElement, button: HTMLButtonElement) {
  const column = header.dataset.column!;
  const ascending = header.getAttribute('aria-sort') !== 'ascending';
  const order = (a: string, b: string) => {
    if (!a || !b) return Number(!a) - Number(!b);
    const numeric = !Number.isNaN(Number(a)) && !Number.isNaN(Number(b));
    const difference = numeric ? Number(a) - Number(b) : a.localeCompare(b, 'en-GB');
    return ascending ? difference : -difference;
  };
  body.append(...[...body.rows].sort((a, b) => order(sortValue(a, column), sortValue(b, column))));
  for (const h of headers) h.removeAttribute('aria-sort');
  header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  announce.textContent = `Sorted by ${button.textContent}, ${ascending ? 'ascending' : 'descending'}`;
}

for (const header of headers) {
  const button = el('button', { type: 'button', class: 'sort-button' }, header.textContent!.trim());
  header.replaceChildren(button);
  button.addEventListener('click', () => sortBy(header, button));
}

// The address names the case studies to compare; an unknown id is ignored.
const chosen = selectedIds(
  location.search,
  rows.map((r) => r.dataset.id!),
);
if (chosen.length) {
  for (const row of rows) {
    const keep = chosen.includes(row.dataset.id!);
    row.hidden = !keep;
    row.querySelector<HTMLInputElement>('input[name="ids"]')!.checked = keep;
  }
  status.replaceChildren(
    `Showing ${chosen.length} of ${rows.length} case studies, as the address asks. `,
    el('a', { href: urls.compare() }, 'Show every case study'),
  );
  status.hidden = false;
}

// A shorter address to send on: ?ids=a,b rather than ?ids=a&ids=b.
form.addEventListener('submit', (event) => {
  const ticked = [...form.querySelectorAll<HTMLInputElement>('input[name="ids"]:checked')].map((box) => box.value);
  if (!ticked.length) return;
  event.preventDefault();
  location.assign(`${urls.compare()}?ids=${ticked.map(encodeURIComponent).join(',')}`);
});
