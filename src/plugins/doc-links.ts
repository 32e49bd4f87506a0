import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** The guide's files link to each other as .md (which works on GitHub); on the site those links go to its pages. */
export const docPages: Record<string, string> = {
  'publishing.md': '/publishing/',
  'field-reference.md': '/publishing/fields/',
};

const plugin = defineHastPlugin({
  name: 'joined-up:doc-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const page = docPages[String(node.properties.href ?? '')];
      if (page) ctx.setProperty(node, 'href', page);
    },
  },
});

// Only the guide links to .md files; other documents skip the plugin's visits.
export const docLinks: HastPluginEntry = ({ source }) => (source.includes('.md') ? plugin : null);
