/**
 * The form → URL → history pattern of /search/ and the case-study finder: the form is the state. Its fields are
 * read into a state and written into the address bar (so a choice can be shared and the back button undoes it),
 * and the address is read back into the page when the reader goes back or forward.
 */
export function filterForm<S>(
  form: HTMLFormElement,
  parse: (query: string) => S,
  query: (state: S) => string,
  show: (state: S) => unknown,
) {
  /** The state in the address bar, as the page shows it on arrival and on back and forward. */
  const current = () => parse(location.search);
  window.addEventListener('popstate', () => void show(current()));
  /** Records a state in the address bar, one history entry per change, then shows it. */
  const apply = (state: S) => {
    const next = query(state);
    if (next !== location.search) history.pushState(null, '', `${location.pathname}${next}`);
    return show(state);
  };
  /** The form's fields as the state they stand for. */
  const ofForm = () => parse(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());
  return { current, apply, update: () => apply(ofForm()) };
}
