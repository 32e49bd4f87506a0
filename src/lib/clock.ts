/**
 * The build's clock: entries dated after it are held back. BUILD_DATE (YYYY-MM-DD) builds the site as of another
 * day, which is how tests and the scheduled daily build set it. A day counts as come from its first second (UTC).
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  return env.BUILD_DATE ? new Date(`${env.BUILD_DATE}T23:59:59Z`) : new Date();
}
