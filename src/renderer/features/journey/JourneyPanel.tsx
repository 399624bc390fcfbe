import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addStage,
  journeyMap,
  maxStages,
  moveStage,
  readJourney,
  removeStage,
  renameStage,
  seedJourney,
  setStageEmotion,
  setStageLane,
} from '../../../shared/documents/journey';
import { defaultJourneyStages } from '../../../shared/templates/journey-map';
import { Button } from '../../ui';
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
}

/**
 * The journey map's structured side: stages (add, remove, rename, reorder), the text of each
 * lane per stage and an emotion per stage drawn as a curve. Stored in the board document's
 * `journey` root.
 */
export function JourneyPanel({ doc, origin }: JourneyPanelProps) {
  const { t, i18n } = useTranslation('studioTools');
  const stages = useDocRoot(doc, journeyMap, readJourney);
  const locale = i18n.language === 'en' ? 'en' : 'es-CO';

  useEffect(() => {
    seedJourney(doc, defaultJourneyStages.map((name) => name[locale]), journeySeedOrigin);
    // Seeded once per board, in the language of whoever opens it first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);

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
            onRename={(name) => renameStage(doc, stage.id, name, origin)}
            onEmotion={(emotion) => setStageEmotion(doc, stage.id, emotion, origin)}
            onLane={(lane, text) => setStageLane(doc, stage.id, lane, text, origin)}
            onMove={(delta) => moveStage(doc, stage.id, index + delta, origin)}
            onAddAfter={() => addStage(doc, t('journey.newStage'), origin, stage.id)}
            onRemove={() => removeStage(doc, stage.id, origin)}
          />
        ))}
      </ol>
      <div>
        <Button disabled={full} onClick={() => addStage(doc, t('journey.newStage'), origin)}>
          {t('journey.add')}
        </Button>
        {full ? <p className="studio-hint">{t('journey.full', { count: maxStages })}</p> : null}
      </div>
    </section>
  );
}
