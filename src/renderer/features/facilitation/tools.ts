/** The facilitator's tools, in the order the bar shows them. */
export type FacilitationTool = 'timer' | 'voting' | 'private' | 'presentation' | 'comments';
export const facilitationTools: readonly FacilitationTool[] = ['timer', 'voting', 'private', 'presentation', 'comments'];
