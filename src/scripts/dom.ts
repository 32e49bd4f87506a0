import { datesInWords } from '../lib/content/evidence';

/** Builds an element from text and nodes only: content is never parsed as HTML. */
export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
};

/** An entry's two dates as EntryDates.astro words them: "Evidence from June 2020 · summarised here 24 November 2026". */
export const datesLine = (evidence: string, published: string) =>
  datesInWords(evidence, published).flatMap((part) => [part.words, el('time', { datetime: part.datetime }, part.text)]);
