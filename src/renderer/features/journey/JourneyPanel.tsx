import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { journeyMap, maxStages, readJourney, seedJourney, setStageEmotion, setStageLane } from '../../../shared/documents/journey';
import { defaultJourneyStages, journeyUnplacedArea } from '../../../shared/templates/journey-map';
import {
  addJourneyStage,
  followJourneyChanges,
  moveJourneyStage,
  removeJourneyStage,
  renameJourneyStage,
  type JourneyEditor,
} from '../../../shared/templates/journeyBoard';
import { Button, useToast } from '../../ui';
import { EmotionCurve } from './EmotionCurve';
import { StageCard } from './StageCard';
import { useDocRoot } from './useDocRoot';
import '../stakeholders/studioTools.css';

/** Seeding is structure, not a user's edit: it syncs like any change but is not undone with Ctrl+Z. */
export const journeySeedOrigin = 'journey-seed';

export interface JourneyPanelProps {
  doc: Y.Doc;
  /** The board session's local origin, so these edits sync and undo like the board's own. */
  origin?: unknown;
  /** The board session's undo, so each stage action is one step of its own. */
  undo?: Y.UndoManager;
  /** Recorded as the creator of the zones and headers a new stage adds. */
  clientId?: string;
}

/**
 * The journey map's structured side: stages (add, remove, rename, reorder), the text of each
 * lane per stage and an emotion per stage drawn as a curve. Stored in the board document's
 * `journey` root. Stage actions redraw the board's columns in the same step (see
 * shared/templates/journeyBoard.ts), and while the panel is open the board follows stage
 * changes made in other windows.
 */
export function JourneyPanel({ doc, origin, undo, clientId = '' }: JourneyPanelProps) {
  const { t, i18n } = useTranslation('studioTools');
  const toast = useToast();
  const stages = useDocRoot(doc, journeyMap, readJourney);
  const locale = i18n.language === 'en' ? 'en' : 'es-CO';
  const editor = useMemo<JourneyEditor>(() => ({ origin, locale, clientId }), [origin, locale, clientId]);

  useEffect(() => {
    seedJourney(doc, defaultJourneyStages.map((name) => name[locale]), journeySeedOrigin);
    // Seeded once per board, in the language of whoever opens it first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);

  useEffect(() => followJourneyChanges(doc, locale), [doc, locale]);

  /** A stage action never merges into the undo step of whatever was done just before or after. */
  const asOneStep = <T,>(action: () => T): T => {
    undo?.stopCapturing();
    const result = action();
    undo?.stopCapturing();
    return result;
  };

  const remove = (id: string, name: string) => {
    const { parked } = asOneStep(() => removeJourneyStage(doc, id, editor));
    if (parked > 0) toast.show(t('journey.parked', { count: parked, name, area: journeyUnplacedArea.title[locale] }));
  };

  const full = stages.length >= maxStages;
  return (
    <section className="studio-panel" aria-labelledby="journey-panel-heading">
      <h2 id="journey-panel-heading" className="studio-panel__title">{t('journey.heading')}</h2>
      <p className="studio-hint">{t('journey.intro')}</p>
      {stages.length > 0 ? <EmotionCurve stages={stages} /> : <p className="studio-hint">{t('journey.empty')}</p>}
      <h3 className="studio-subtitle">{t('journey.stagesHeading')}</h3>
      <ol className="studio-stages">
        {stages.map((stage, index) => (
          <StageCard
            key={stage.id}
            stage={stage}
            number={index + 1}
            isFirst={index === 0}
            isLast={index === stages.length - 1}
            onRename={(name) => asOneStep(() => renameJourneyStage(doc, stage.id, name, editor))}
            onEmotion={(emotion) => setStageEmotion(doc, stage.id, emotion, origin)}
            onLane={(lane, text) => setStageLane(doc, stage.id, lane, text, origin)}
            onMove={(delta) => asOneStep(() => moveJourneyStage(doc, stage.id, index + delta, editor))}
            onAddAfter={() => asOneStep(() => addJourneyStage(doc, t('journey.newStage'), editor, stage.id))}
            onRemove={() => remove(stage.id, stage.name || t('journey.untitled'))}
          />
        ))}
      </ol>
      <div>
        <Button disabled={full} onClick={() => asOneStep(() => addJourneyStage(doc, t('journey.newStage'), editor))}>
          {t('journey.add')}
        </Button>
        {full ? <p className="studio-hint">{t('journey.full', { count: maxStages })}</p> : null}
      </div>
    </section>
  );
}
