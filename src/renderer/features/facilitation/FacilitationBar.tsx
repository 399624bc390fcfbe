import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { isPrivateModeOn, isTimerSet, readCommentCounts, readTimer, readVotingSession } from '../../../shared/board/facilitation';
import { Button } from '../../ui';
import { CommentsPanel } from './CommentsPanel';
import { PresentationMode } from './PresentationMode';
import { PresentationPanel } from './PresentationPanel';
import { PrivateModePanel } from './PrivateModePanel';
import { SidePanel } from './SidePanel';
import { TimerDisplay } from './TimerDisplay';
import { TimerPanel } from './TimerPanel';
import { useDocValue } from './useDocValue';
import { facilitationTools as tools, type FacilitationTool } from './tools';
import { VotingPanel } from './VotingPanel';
import './bar.css';
import './facilitation.css';
import './tools.css';

export type { FacilitationTool } from './tools';

export interface FacilitationBarProps {
  doc: Y.Doc;
  boardId: string;
  /** The board's local transaction origin, so reveals and frame moves join the board's undo history. */
  origin: unknown;
  /** Ids of the selected elements: comments follow a single selection; a vote may use the selection. */
  selectedIds: readonly string[];
  /** Zooms the canvas to a frame; used by presentation mode. */
  focusFrame: (frameId: string) => void;
}

const totalOf = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);

/**
 * The facilitator's tools in one toolbar group. Each opens a non-modal side panel (one at a
 * time; Escape closes it and focus returns to its button). The timer floats over the board
 * while one is set, and presentation mode takes over the screen.
 */
export function FacilitationBar({ doc, boardId, origin, selectedIds, focusFrame }: FacilitationBarProps) {
  const { t } = useTranslation('facilitation');
  const panelId = useId();
  const [open, setOpen] = useState<FacilitationTool | null>(null);
  const [presenting, setPresenting] = useState(false);
  const buttons = useRef(new Map<FacilitationTool, HTMLButtonElement>());
  const timerSet = useDocValue(doc, (current) => isTimerSet(readTimer(current)));
  const privateOn = useDocValue(doc, isPrivateModeOn);
  const votingOpen = useDocValue(doc, (current) => readVotingSession(current) !== null);
  const openComments = useDocValue(doc, (current) => totalOf(readCommentCounts(current)));

  const close = useCallback(() => {
    setOpen((tool) => {
      if (tool) requestAnimationFrame(() => buttons.current.get(tool)?.focus());
      return null;
    });
  }, []);
  const stopPresenting = useCallback(() => {
    setPresenting(false);
    requestAnimationFrame(() => buttons.current.get('presentation')?.focus());
  }, []);

  const labels: Record<FacilitationTool, string> = {
    timer: t('bar.timer'),
    voting: votingOpen ? t('bar.votingOpen') : t('bar.voting'),
    private: privateOn ? t('bar.privateModeOn') : t('bar.privateMode'),
    presentation: t('bar.presentation'),
    comments: openComments > 0 ? t('bar.commentsCount', { count: openComments }) : t('bar.comments'),
  };
  const headings: Record<FacilitationTool, string> = {
    timer: t('timer.heading'),
    voting: t('voting.heading'),
    private: t('private.heading'),
    presentation: t('presentation.heading'),
    comments: t('comments.heading'),
  };
  const active: Record<FacilitationTool, boolean> = { timer: timerSet, voting: votingOpen, private: privateOn, presentation: false, comments: false };

  return (
    <div className="facilitation">
      <div role="group" aria-label={t('bar.label')} className="facilitation-bar">
        {tools.map((tool) => (
          <Button
            key={tool}
            ref={(element: HTMLButtonElement | null) => {
              if (element) buttons.current.set(tool, element);
              else buttons.current.delete(tool);
            }}
            aria-expanded={open === tool}
            aria-controls={open === tool ? panelId : undefined}
            className={active[tool] ? 'facilitation-bar__tool facilitation-bar__tool--active' : 'facilitation-bar__tool'}
            onClick={() => setOpen((current) => (current === tool ? null : tool))}
          >
            {labels[tool]}
          </Button>
        ))}
      </div>
      {open && !presenting ? (
        <SidePanel key={open} id={panelId} title={headings[open]} onClose={close}>
          {open === 'timer' ? <TimerPanel doc={doc} origin={origin} /> : null}
          {open === 'voting' ? <VotingPanel doc={doc} origin={origin} boardId={boardId} selectedIds={selectedIds} /> : null}
          {open === 'private' ? <PrivateModePanel doc={doc} origin={origin} /> : null}
          {open === 'presentation' ? (
            <PresentationPanel
              doc={doc}
              origin={origin}
              onStart={() => {
                setOpen(null);
                setPresenting(true);
              }}
            />
          ) : null}
          {open === 'comments' ? <CommentsPanel doc={doc} origin={origin} elementId={selectedIds.length === 1 ? (selectedIds[0] ?? null) : null} /> : null}
        </SidePanel>
      ) : null}
      {timerSet && !presenting ? (
        <div className="facilitation-timer-float">
          <TimerDisplay doc={doc} origin={origin} />
        </div>
      ) : null}
      {presenting ? <PresentationMode doc={doc} origin={origin} focusFrame={focusFrame} onExit={stopPresenting} /> : null}
    </div>
  );
}
