/**
 * The wall clock, for event handlers. Timer, vote and comment times are epoch milliseconds
 * written into the document; one place to read them keeps handlers easy to follow.
 */
export function wallClock(): number {
  return Date.now();
}
