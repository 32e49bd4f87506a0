const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-11-24 → "24 November 2026" (GOV.UK style). Dates are calendar days, read in UTC. */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** 2026-11-24 as an ISO day, for `<time datetime>` and metadata. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "2020", "2020-06" or "2020-06-11" → "2020", "June 2020" or "11 June 2020". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  if (!day) return `${MONTHS[month - 1]} ${year}`;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function monthName(date: Date): string {
  return MONTHS[date.getUTCMonth()];
}
