import { escapeHtml } from '../html';
import { mdxText } from './body';
import { chartAttributeOrder, chartAttributes, chartPattern, chartTag } from './chart';
import type { EditorField } from './config';

/**
 * The site's additions to the editor, run after its script: the `<Chart>` form in the body's toolbar, and a last
 * step before each save that escapes what staff typed as text so it stays text in MDX. The editor page is not an
 * Astro page, so nothing bundles for it: the self-contained functions are written into the script as they are.
 */
export function editorScript({ chartFields, htmlTags }: { chartFields: EditorField[]; htmlTags: string[] }): string {
  return `"use strict";
(() => {
  const chartAttributes = ${chartAttributes.toString()};
  const chartTag = ${chartTag.toString()};
  const mdxText = ${mdxText.toString()};
  const order = ${JSON.stringify(chartAttributeOrder)};
  const fields = ${JSON.stringify(chartFields)};
  const htmlTags = ${JSON.stringify(htmlTags)};
  const titles = new Map(fields[0].options.map((o) => [o.value, o.label]));
  const escapeHtml = ${escapeHtml.toString()};
  window.CMS.registerEditorComponent({
    id: "chart",
    label: "Chart",
    icon: "bar_chart",
    fields,
    pattern: ${chartPattern.toString()},
    fromBlock: (match) => chartAttributes(match[1]),
    toBlock: (values) => chartTag(values, order),
    toPreview: (values) => "<p>Chart: " + escapeHtml(String(titles.get(values.dataset) ?? values.dataset ?? "")) + "</p>",
  });
  window.CMS.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      const data = entry.get("data");
      const body = data.get("body");
      return typeof body === "string" ? data.set("body", mdxText(body, htmlTags)) : undefined;
    },
  });
})();
`;
}
