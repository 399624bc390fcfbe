import { useState, type KeyboardEvent } from 'react';
import { answerText, parseAnswerInput, type LikertAnswer } from '../../../shared/methods/culture/answers';

export type GridMove = 'up' | 'down' | 'left' | 'right';

interface AnswerCellProps {
  answer: LikertAnswer | undefined;
  label: string;
  row: number;
  column: number;
  /** Writes the parsed answer; returns a validation key when the document refuses it. */
  onCommit: (value: LikertAnswer | null) => string | undefined;
  /** Reports a refusal (or its end, with undefined) so the grid can say it in words. */
  onError: (error: string | undefined) => void;
  errorId: string | undefined;
  onMove: (move: GridMove) => void;
}

const moves: Record<string, GridMove> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right', Enter: 'down' };

/**
 * One answer typed as a digit: kept as a draft while it has focus, written when the person
 * leaves the cell (Enter and the arrows leave it too). A refused value stays visible, marked
 * invalid, and is never written.
 */
export function AnswerCell({ answer, label, row, column, onCommit, onError, errorId, onMove }: AnswerCellProps) {
  const [draft, setDraft] = useState<string | undefined>();
  const invalid = errorId !== undefined;

  const commit = () => {
    if (draft === undefined) return;
    const parsed = parseAnswerInput(draft);
    const refused = parsed.ok ? onCommit(parsed.value) : parsed.error;
    onError(refused);
    if (!refused) setDraft(undefined);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    commit();
    onMove(move);
  };

  return (
    <input
      className={invalid ? 'culture-cell culture-cell--invalid' : 'culture-cell'}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={4}
      size={2}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={errorId}
      data-row={row}
      data-column={column}
      value={draft ?? answerText(answer)}
      onChange={(event) => setDraft(event.target.value)}
      onFocus={(event) => event.target.select()}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
