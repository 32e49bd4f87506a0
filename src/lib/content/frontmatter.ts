/** Splits a Markdown/MDX file into its YAML frontmatter and body, keeping line numbers. */
export interface SplitFile {
  /** The YAML between the opening and closing `---`, or null if there is none. */
  frontmatter: string | null;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

export function splitFrontmatter(source: string): SplitFile {
  // A byte-order mark (Windows Notepad writes one) is invisible and not part of the text; Astro skips it too.
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { frontmatter: null, body: source, bodyLine: 1 };
  return {
    frontmatter: match[1],
    body: source.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
