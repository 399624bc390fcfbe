import { useTranslation } from 'react-i18next';
import { emotionRange, journeyLanes, type JourneyLane, type JourneyStage } from '../../../shared/documents/journey';
import { Button, SelectField } from '../../ui';
import { DocTextField } from './DocTextField';

export interface StageCardProps {
  stage: JourneyStage;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  onRename: (name: string) => void;
  onEmotion: (emotion: number) => void;
  onLane: (lane: JourneyLane, text: string) => void;
  onMove: (delta: -1 | 1) => void;
  onAddAfter: () => void;
  onRemove: () => void;
}

const emotions = Array.from({ length: emotionRange.max - emotionRange.min + 1 }, (_, index) => emotionRange.max - index);

/** One stage of the journey: its name, its emotion and the text of each lane, with its tools. */
export function StageCard({ stage, number, isFirst, isLast, onRename, onEmotion, onLane, onMove, onAddAfter, onRemove }: StageCardProps) {
  const { t } = useTranslation('studioTools');
  const name = stage.name || t('journey.untitled');
  return (
    <li className="studio-stage" aria-label={t('journey.stage', { number })}>
      <DocTextField
        label={t('journey.stageName', { number })}
        value={stage.name}
        onCommit={(value) => {
          onRename(value);
          return undefined;
        }}
      />
      <SelectField
        label={t('journey.emotion', { name })}
        value={String(stage.emotion)}
        onChange={(event) => onEmotion(Number(event.target.value))}
        options={emotions.map((value) => ({ value: String(value), label: `${value > 0 ? '+' : ''}${value} · ${t(`journey.emotionValues.${value}`)}` }))}
      />
      {journeyLanes.map((lane) => (
        <DocTextField
          key={lane}
          multiline
          label={t(`journey.lanes.${lane}`)}
          accessibleName={t('journey.laneOf', { lane: t(`journey.lanes.${lane}`), name })}
          value={stage.lanes[lane]}
          onCommit={(value) => {
            onLane(lane, value);
            return undefined;
          }}
        />
      ))}
      <div className="studio-stage__tools">
        <Button variant="ghost" disabled={isFirst} aria-label={t('journey.moveLeft', { name })} onClick={() => onMove(-1)}>
          ←
        </Button>
        <Button variant="ghost" disabled={isLast} aria-label={t('journey.moveRight', { name })} onClick={() => onMove(1)}>
          →
        </Button>
        <Button variant="ghost" aria-label={t('journey.addAfter', { name })} onClick={onAddAfter}>
          +
        </Button>
        <Button variant="danger" aria-label={t('journey.remove', { name })} onClick={onRemove}>
          ×
        </Button>
      </div>
    </li>
  );
}
