/**
 * The build's clock: entries dated after it are held back. BUILD_DATE (YYYY-MM-DD) builds the site as of another
 * day, which is how tests and the scheduled daily build set it. A day counts as come from its first second (UTC).
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  return env.BUILD_DATE ? new Date(`${env.BUILD_DATE}T23:59:59Z`) : new Date();
}

/**
 * The day to build as (YYYY-MM-DD) so that every entry written so far is published: the latest `published` of the
 * entries that are not drafts, or `today` if that is later. The pull-request build uses it, so a scheduled entry is
 * rendered and link-checked before it is merged rather than first on its publication day. Frontmatter is read as
 * text (YAML core schema); a date that is not YYYY-MM-DD is left to the content check to report.
 */
export function latestDate(entries: { published?: unknown; draft?: unknown }[], today: string): string {
  let latest = today;
  for (const { published, draft } of entries) {
    if (draft !== true && typeof published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(published) && published > latest) latest = published;
  }
  return latest;
}
