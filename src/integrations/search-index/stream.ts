/**
 * Puts rendered pages back in the order Astro started them. Astro renders several pages at once, so they finish in
 * an order that changes from build to build, and Pagefind numbers pages in the order it is sent them: that number
 * is in its index files and breaks ties between equally relevant results. Each page takes a turn when it starts
 * and is passed on once every page started before it has finished, so only the pages rendering at the same time
 * wait, and indexing still runs beside rendering.
 */
export function inStartOrder<T>(deliver: (page: T) => void) {
  const finished = new Map<number, T | undefined>();
  let started = 0;
  let delivered = 0;
  return {
    /** Called as a page starts rendering; its turn is given to `finish`. */
    start: (): number => started++,
    /** Called once the page has rendered, with what to deliver of it (nothing for a page not indexed or failed). */
    finish(turn: number, page?: T): void {
      finished.set(turn, page);
      while (finished.has(delivered)) {
        const next = finished.get(delivered);
        finished.delete(delivered++);
        if (next !== undefined) deliver(next);
      }
    },
  };
}
