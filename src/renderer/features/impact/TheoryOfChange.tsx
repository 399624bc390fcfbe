import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  addStatement, editStatement, impactLevels, impactLinks, impactRoot, moveStatement, readTheoryOfChange, removeStatement,
  writeAssumption, writeProblem, type ImpactLevel,
} from '../../../shared/documents/impactModel';
import { readIndicatorLinks } from '../../../shared/documents/impactIndicators';
import type { Indicator } from '../../../shared/domain/indicator';
import { DocTextField } from '../journey/DocTextField';
import { useDocRoot } from '../journey/useDocRoot';
import { LevelColumn, type LevelActions } from './LevelColumn';

/** Titles of the indicators placed on each level, by statement id ('' for the level as a whole). */
function measuredByLevel(indicators: readonly Indicator[], links: ReturnType<typeof readIndicatorLinks>): Record<ImpactLevel, Map<string, string[]>> {
  const byLevel = Object.fromEntries(impactLevels.map((level) => [level, new Map<string, string[]>()])) as Record<ImpactLevel, Map<string, string[]>>;
  for (const indicator of indicators) {
    const link = links[indicator.id];
    if (!link) continue;
    const titles = byLevel[link.level];
    titles.set(link.statementId, [...(titles.get(link.statementId) ?? []), indicator.title]);
  }
  return byLevel;
}

/**
 * The theory of change as five columns joined by arrows, read left to right as the room reads
 * it on the projector; below them the assumptions of each link. Every change is one write with
 * the board's origin, so it syncs and undoes with the board.
 */
export function TheoryOfChange({ doc, origin, indicators }: { doc: Y.Doc; origin: unknown; indicators: readonly Indicator[] }) {
  const { t } = useTranslation('impact');
  const toc = useDocRoot(doc, impactRoot, readTheoryOfChange);
  const links = useDocRoot(doc, impactRoot, readIndicatorLinks);
  const measuredBy = useMemo(() => measuredByLevel(indicators, links), [indicators, links]);

  const actionsFor = (level: ImpactLevel): LevelActions => ({
    add: (text) => {
      const result = addStatement(doc, level, text, origin);
      return result.ok ? undefined : result.error;
    },
    edit: (id, text) => editStatement(doc, id, text, origin),
    move: (id, toIndex) => moveStatement(doc, id, toIndex, origin),
    remove: (id) => removeStatement(doc, id, origin),
  });

  return (
    <section className="impact-section" aria-labelledby="impact-toc-heading">
      <h2 id="impact-toc-heading">{t('toc.heading')}</h2>
      <p className="muted">{t('toc.intro')}</p>
      <DocTextField multiline label={t('toc.problem')} hint={t('toc.problemHint')} value={toc.problem} onCommit={(text) => writeProblem(doc, text, origin)} />
      <div className="impact-chain" role="group" aria-label={t('toc.chain')}>
        {impactLevels.map((level, index) => (
          <Fragment key={level}>
            {index > 0 ? (
              <div className="impact-chain__arrow" aria-hidden="true" title={t('toc.leadsTo')}>
                →
              </div>
            ) : null}
            <LevelColumn level={level} number={index + 1} statements={toc.levels[level]} measuredBy={measuredBy[level]} actions={actionsFor(level)} />
          </Fragment>
        ))}
      </div>
      <h3>{t('toc.assumptionsHeading')}</h3>
      <p className="muted">{t('toc.assumptionsIntro')}</p>
      <div className="impact-assumptions">
        {impactLinks.map((link) => {
          const [from, to] = link.split('>') as [ImpactLevel, ImpactLevel];
          return (
            <DocTextField
              key={link}
              multiline
              label={t('toc.assumption', { from: t(`toc.levels.${from}`), to: t(`toc.levels.${to}`) })}
              value={toc.assumptions[link]}
              onCommit={(text) => writeAssumption(doc, link, text, origin)}
            />
          );
        })}
      </div>
    </section>
  );
}
