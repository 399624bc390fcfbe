/**
 * Size limits for user text. They are generous for real workshops and keep a single
 * record small enough to sync and index quickly. Documented in docs/ARCHITECTURE.md.
 */
export const limits = {
  title: 200,
  shortText: 200,
  longText: 5_000,
  noteText: 2_000,
  listItems: 100,
  agendaItems: 200,
  participants: 2_000,
  decisions: 500,
  /** One Yjs update from a client; a whole pasted board fits comfortably. */
  updateBytes: 5 * 1024 * 1024,
  searchQuery: 200,
  /** Per exercise: contributions and indicators; per indicator: targets and actuals (periods). */
  contributions: 1_000,
  indicators: 200,
  indicatorPeriods: 100,
} as const;
