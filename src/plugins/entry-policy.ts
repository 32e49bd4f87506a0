import { defineMdastPlugin, type MdastNode, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import { checkNode, policedTypes } from '../lib/content/body';

/**
 * The build's guard: the content check runs first and lists every problem with its line, but the dev server only
 * logs those, so the compiler itself refuses a body that breaks the rules before any of it becomes code.
 */
export const entryPolicy: MdastPluginEntry = (factory) => {
  const problems: string[] = [];
  const visit = (node: Readonly<MdastNode>) => {
    checkNode(node as MdastNode, (message) => problems.push(message));
  };
  const file = factory.fileURL ? decodeURIComponent(factory.fileURL.pathname) : 'an entry';
  // Astro's MDX compiler imports a frontmatter `layout` as code; the schemas have no such field.
  if ((factory.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter?.layout !== undefined) {
    problems.push('the field "layout" is not allowed: the site lays out every entry itself');
  }
  return defineMdastPlugin({
    name: 'joined-up:entry-policy',
    ...Object.fromEntries(policedTypes.map((type) => [type, visit])),
    after(_root: unknown, _ctx: MdastVisitorContext) {
      if (problems.length) throw new Error(`${file} is not allowed to build (run npm run check for lines):\n- ${problems.join('\n- ')}`);
    },
  });
};
