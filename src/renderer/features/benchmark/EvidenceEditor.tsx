import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { setEvidence } from '../../../shared/documents/benchmark';
import { Button, TextAreaField, useFieldError } from '../../ui';
import type { CellRef } from './ScoreMatrix';

/**
 * The note behind one cell's score, edited under the matrix so the table keeps its shape. Saving
 * writes it as one change (one undo step); Escape or «Cerrar» leaves it as it was. Focus goes to the
 * note on opening and back to the cell's button on closing.
 */
export function EvidenceEditor({ doc, origin, cell, caseName, criterionName, evidence, onClose }: {
  doc: Y.Doc;
  origin: unknown;
  cell: CellRef;
  caseName: string;
  criterionName: string;
  evidence: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('benchmark');
  const fieldError = useFieldError();
  const [draft, setDraft] = useState(evidence);
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLTextAreaElement>(null);
  const key = `${cell.caseId}:${cell.criterionId}`;

  // Mounted afresh for each cell (keyed by it), so the draft starts from that cell's note; a note
  // changed in another window meanwhile does not overwrite what is being typed.
  useEffect(() => field.current?.focus(), []);

  const close = () => {
    onClose();
    // The cell's button is found by its key: it stays in the matrix while the editor closes.
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-cell="${CSS.escape(key)}"]`)?.focus());
  };
  const save = () => {
    const refused = setEvidence(doc, cell.caseId, cell.criterionId, draft, origin)?.refused;
    setError(refused);
    if (!refused) close();
  };

  return (
    <section
      id="benchmark-evidence"
      className="benchmark-evidence"
      aria-labelledby="benchmark-evidence-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <h3 id="benchmark-evidence-heading" className="benchmark-evidence__title">{t('evidence.heading', { case: caseName, criterion: criterionName })}</h3>
      <TextAreaField
        ref={field}
        rows={3}
        label={t('evidence.field')}
        hint={t('evidence.hint')}
        value={draft}
        error={error ? fieldError({ message: error }) : undefined}
        onChange={(event) => setDraft(event.target.value)}
      />
      <div className="benchmark-form__actions">
        <Button variant="primary" onClick={save}>{t('evidence.save')}</Button>
        <Button onClick={close}>{t('evidence.cancel')}</Button>
      </div>
    </section>
  );
}
