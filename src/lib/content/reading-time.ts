/** Average adult silent reading speed for non-fiction, in words per minute. */
const WORDS_PER_MINUTE = 200;

/** Counts the words a reader sees in Markdown/MDX: no code, tags, URLs or markup symbols. */
export function countWords(markdown: string): number {
  const prose = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\[\^[^\]]+\]:/gm, ' ')
    .replace(/\[\^[^\]]+\]/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return prose.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes to read, rounded, never less than one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
