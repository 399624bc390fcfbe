import { useTranslation } from 'react-i18next';
import type { JourneyStage } from '../../../shared/documents/journey';
import { curve, curveWidth, emotionPoints, emotionY, polylinePoints } from './emotionCurve';

/** The emotion of each stage as one line across the journey; its summary is its accessible name. */
export function EmotionCurve({ stages }: { stages: readonly JourneyStage[] }) {
  const { t } = useTranslation('studioTools');
  const emotions = stages.map((stage) => stage.emotion);
  const summary = stages
    .map((stage) => `${stage.name || t('journey.untitled')}: ${t(`journey.emotionValues.${stage.emotion}`)}`)
    .join('; ');
  const width = curveWidth(stages.length);
  return (
    <svg
      viewBox={`0 0 ${width} ${curve.height + 20}`}
      className="studio-svg"
      style={{ maxWidth: `${width}px` }}
      role="img"
      aria-label={`${t('journey.curve')}. ${t('journey.curveDescription', { summary })}`}
    >
      <line x1={0} x2={width} y1={emotionY(0)} y2={emotionY(0)} className="studio-curve__zero" />
      <polyline points={polylinePoints(emotions)} className="studio-curve__line" />
      {emotionPoints(emotions).map((point, index) => (
        <g key={stages[index]?.id}>
          <circle cx={point.x} cy={point.y} r={6} className="studio-curve__point" />
          <text x={point.x} y={curve.height + 12} textAnchor="middle" className="studio-curve__label">
            {index + 1}
          </text>
        </g>
      ))}
    </svg>
  );
}
