import { useRef } from 'react';
import type * as Y from 'yjs';
import { removeLine, saveLine, type FinanceEstimate, type FinanceLine } from '../../../shared/documents/finance';
import type { FlowKind } from '../../../shared/methods/finance/cashFlow';
import { Button } from '../../ui';
import { LineForm } from './LineForm';
import { LinesTable } from './LinesTable';
import { useFinanceText } from './format';

/** Which form is open: one at a time on the page, so its field labels stay unique. */
export type LineEditing = { kind: FlowKind; line?: FinanceLine | undefined } | undefined;

export interface LinesSectionProps {
  kind: FlowKind;
  doc: Y.Doc;
  origin: unknown;
  estimate: FinanceEstimate;
  editing: LineEditing;
  onEditing: (editing: LineEditing) => void;
}

/** The costs or the benefits: their table, and the form to add or edit one. */
export function LinesSection({ kind, doc, origin, estimate, editing, onEditing }: LinesSectionProps) {
  const { t } = useFinanceText(estimate.periodUnit);
  const addButton = useRef<HTMLButtonElement>(null);
  const headingId = `finance-${kind}-heading`;
  const lines = estimate.lines.filter((line) => line.kind === kind);
  const open = editing?.kind === kind ? editing : undefined;
  // Back to the section's add button, so the keyboard does not fall to the top of the page
  // (where Ctrl+Z would no longer reach the tool).
  const refocus = () => requestAnimationFrame(() => addButton.current?.focus());
  const close = () => {
    onEditing(undefined);
    refocus();
  };
  return (
    <section className="finance-section" aria-labelledby={headingId}>
      <div className="finance-section__head">
        <h2 id={headingId}>{t(`lines.${kind}.heading`)}</h2>
        <Button ref={addButton} variant="primary" onClick={() => onEditing({ kind })} disabled={Boolean(open && !open.line)}>
          {t(`lines.${kind}.add`)}
        </Button>
      </div>
      {lines.length === 0 ? <p className="muted">{t(`lines.${kind}.empty`)}</p> : null}
      {lines.length > 0 ? (
        <LinesTable
          kind={kind} lines={lines} currency={estimate.currency} periodUnit={estimate.periodUnit} headingId={headingId}
          onEdit={(line) => onEditing({ kind, line })}
          onRemove={(line) => {
            removeLine(doc, line.id, origin);
            if (open?.line?.id === line.id) close();
            else refocus();
          }}
        />
      ) : null}
      {open ? (
        <LineForm
          key={open.line?.id ?? 'new'}
          kind={kind} horizon={estimate.horizon} currency={estimate.currency} periodUnit={estimate.periodUnit} line={open.line}
          onSave={(input) => {
            const saved = saveLine(doc, input, origin, open.line?.id);
            return saved.ok ? undefined : saved.issues;
          }}
          onClose={close}
        />
      ) : null}
    </section>
  );
}
