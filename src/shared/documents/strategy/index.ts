/** The strategic plan tool's document: model and reading (plan.ts), changes (edits.ts), dates, timeline and summary. */
export * from './calendar';
export * from './plan';
export * from './edits';
export * from './timeline';
export * from './summary';
