/** Facilitation tools stored in the board document: timer, dot voting, private mode, comments, frame order. */
export { facilitationRoots } from './roots';
export { noteHeadline, readAreas, readNoteSummaries, type AreaSummary, type NoteSummary } from './boardReading';
export * from './timer';
export * from './timerDoc';
export * from './privateMode';
export * from './voting';
export * from './votingDoc';
export * from './comments';
export * from './frames';
