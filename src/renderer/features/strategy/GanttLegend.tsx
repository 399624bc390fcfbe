import { useTranslation } from 'react-i18next';
import { strategyStatuses } from '../../../shared/documents/strategy';
import { milestoneColour, objectiveStyle, statusStyle, todayColour, type BarStyle } from './statusStyle';

/** The chart's key in words and shapes, so no status depends on telling colours apart. */
export function GanttLegend() {
  const { t } = useTranslation('strategy');
  return (
    <ul className="strategy-legend" aria-label={t('timeline.legend')}>
      <li>
        <Swatch style={objectiveStyle} thin />
        {t('timeline.objectiveSpan')}
      </li>
      {strategyStatuses.map((status) => (
        <li key={status}>
          <Swatch style={statusStyle[status]} />
          {t(`status.${status}`)}
        </li>
      ))}
      <li>
        <svg width="18" height="18" aria-hidden="true">
          <path d="M9 2 L16 9 L9 16 L2 9 Z" fill="#ffffff" stroke={milestoneColour} strokeWidth="2.5" />
        </svg>
        {t('timeline.milestonePending')}
      </li>
      <li>
        <svg width="18" height="18" aria-hidden="true">
          <path d="M9 2 L16 9 L9 16 L2 9 Z" fill={milestoneColour} stroke={milestoneColour} strokeWidth="2.5" />
        </svg>
        {t('timeline.milestoneDone')}
      </li>
      <li>
        <svg width="18" height="18" aria-hidden="true">
          <line x1="9" x2="9" y1="1" y2="17" stroke={todayColour} strokeWidth="2" strokeDasharray="4 2" />
        </svg>
        {t('timeline.today')}
      </li>
    </ul>
  );
}

function Swatch({ style, thin = false }: { style: BarStyle; thin?: boolean }) {
  return (
    <svg width="28" height="16" aria-hidden="true">
      <rect x="1" y={thin ? 5 : 1} width="26" height={thin ? 6 : 14} rx="2" fill={style.fill} stroke={style.stroke} strokeWidth="2" strokeDasharray={style.dash} />
    </svg>
  );
}
