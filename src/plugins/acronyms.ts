import { defineHastPlugin, type HastNode, type HastPluginEntry, type HastVisitorContext } from 'satteri';
import type { GlossaryItem } from '../schemas/glossary';
import { acronymPattern, expandFirstUses, meaningsFor } from '../lib/content/glossary';

// No abbreviation inside code, inside an existing <abbr>, or in headings (they are also the table of contents).
const skip = new Set(['code', 'pre', 'abbr', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const skipped = (node: Readonly<HastNode>, ctx: HastVisitorContext): boolean => {
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && skip.has(parent.tagName)) return true;
  }
  return false;
};

/**
 * Wraps the first use of each glossary acronym in an entry as <abbr title="expansion">, in document order.
 * An entry's `acronyms` frontmatter overrides the glossary where an acronym means something else there.
 * Visiting every text node costs; so an entry whose source uses no acronym skips the plugin, and a text node is
 * only looked at closely when it holds an acronym not yet expanded.
 */
export function acronyms(glossary: GlossaryItem[]): HastPluginEntry {
  const glossaryOnly = acronymPattern(glossary.map((g) => g.term));
  return (factory) => {
    const overrides = factory.data.astro?.frontmatter?.acronyms;
    const all = meaningsFor(glossary, overrides);
    // One pass over the source for every acronym, not one per acronym.
    const anyTerm = overrides ? acronymPattern([...all.keys()]) : glossaryOnly;
    const used = new Set(anyTerm ? Array.from(factory.source.matchAll(new RegExp(anyTerm, 'g')), (m) => m[1]) : []);
    const meanings = new Map([...all].filter(([term]) => used.has(term)));
    if (meanings.size === 0) return null;
    const seen = new Set<string>();
    let pending = acronymPattern([...meanings.keys()]);
    return defineHastPlugin({
      name: 'joined-up:acronyms',
      text(node, ctx) {
        if (!pending?.test(node.value) || skipped(node, ctx)) return;
        const parts = expandFirstUses(node.value, meanings, seen);
        pending = acronymPattern([...meanings.keys()].filter((term) => !seen.has(term)));
        ctx.replaceNode(
          node,
          parts.map((part): HastNode =>
            'text' in part
              ? { type: 'text', value: part.text }
              : { type: 'element', tagName: 'abbr', properties: { title: part.title }, children: [{ type: 'text', value: part.abbr }] },
          ),
        );
      },
    });
  };
}
