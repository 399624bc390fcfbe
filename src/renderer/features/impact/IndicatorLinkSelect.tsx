import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { linkIndicator, readIndicatorLinks } from '../../../shared/documents/impactIndicators';
import { impactLevels, impactRoot, readTheoryOfChange, type ImpactLevel } from '../../../shared/documents/impactModel';
import type { Indicator } from '../../../shared/domain/indicator';
import { SelectField } from '../../ui';
import { useDocRoot } from '../journey/useDocRoot';

const maxOptionLength = 60;
const shorten = (text: string) => (text.length > maxOptionLength ? `${text.slice(0, maxOptionLength - 1)}…` : text);

/** Option values: '' (not placed), `level` alone, or `level|statementId`. */
function parseOption(value: string): { level: ImpactLevel; statementId: string } | undefined {
  const [level, statementId = ''] = value.split('|');
  return impactLevels.includes(level as ImpactLevel) ? { level: level as ImpactLevel, statementId } : undefined;
}

/** Places an indicator on a level of the theory of change, or on one statement of it (stored in the board). */
export function IndicatorLinkSelect({ doc, origin, indicator }: { doc: Y.Doc; origin: unknown; indicator: Indicator }) {
  const { t } = useTranslation('impact');
  const toc = useDocRoot(doc, impactRoot, readTheoryOfChange);
  const link = useDocRoot(doc, impactRoot, readIndicatorLinks)[indicator.id];
  const value = link ? (link.statementId ? `${link.level}|${link.statementId}` : link.level) : '';
  const groups = impactLevels.map((level) => {
    const levelName = t(`toc.levels.${level}`);
    return {
      label: levelName,
      options: [
        { value: level, label: t('indicators.wholeLevel', { level: levelName }) },
        ...toc.levels[level].map((statement) => ({ value: `${level}|${statement.id}`, label: t('indicators.statementOption', { level: levelName, text: shorten(statement.text) }) })),
      ],
    };
  });
  return (
    <SelectField
      className="impact-link"
      label={t('indicators.link')}
      aria-label={t('indicators.linkOf', { title: indicator.title })}
      value={value}
      options={[{ value: '', label: t('indicators.unlinked') }]}
      groups={groups}
      onChange={(event) => linkIndicator(doc, indicator.id, parseOption(event.target.value), origin)}
    />
  );
}
