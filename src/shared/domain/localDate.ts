/**
 * Today's calendar date where the facilitator is, as the documents and forms store dates
 * (YYYY-MM-DD). The local date, not the UTC one: that would turn "today" into tomorrow every
 * evening in Bogotá.
 */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
