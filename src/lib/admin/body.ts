/**
 * A body as the editor wrote it, made safe to read as MDX: in an entry, `{` and `<` start code or a tag, so where
 * staff typed them as text they are escaped. Left alone: fenced code, code spans, a component on its own line,
 * the HTML `tags` an entry may use, and characters already escaped. A line starting `import` or `export` would be
 * read as code, so its first letter is written as a character reference. Self-contained: it runs in the editor's page.
 */
export function mdxText(body: string, tags: string[]): string {
  const allowedTag = new RegExp(`^</?(${tags.join('|')})[\\s/>]`);
  let fence = '';
  return body
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = '';
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      if (/^<[A-Z][A-Za-z]*(\s[^>]*)?\/>\s*$/.test(line)) return line;
      const text = /^(import|export)\b/.test(line) ? `&#${line.charCodeAt(0)};${line.slice(1)}` : line;
      // Odd parts are code spans, where the characters are already literal.
      return text
        .split(/(`[^`]*`)/)
        .map((part, i) =>
          i % 2
            ? part
            : part.replace(/(\\*)([{<])/g, (match, slashes: string, char: string, at: number) =>
                slashes.length % 2 || (char === '<' && allowedTag.test(part.slice(at + slashes.length))) ? match : `${slashes}\\${char}`,
              ),
        )
        .join('');
    })
    .join('\n');
}
