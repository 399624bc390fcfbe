/** The facilitation tools for a board page; the canvas mounts `FacilitationBar` and reads the badge hooks. */
export { FacilitationBar, type FacilitationBarProps, type FacilitationTool } from './FacilitationBar';
export { PresentationMode, type PresentationModeProps } from './PresentationMode';
export { TimerDisplay } from './TimerDisplay';
export { CommentsPanel, type CommentsPanelProps } from './CommentsPanel';
export { FrameOrderEditor } from './FrameOrderEditor';
export { useVoteTotals, useCommentCounts, usePrivateMode } from './boardBadges';
export { useActiveVoter, type ActiveVoter } from './votingTurn';
export { useDisplayName, displayNameKey } from './displayName';
export { useDocValue } from './useDocValue';
