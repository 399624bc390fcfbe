import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { z } from 'zod';
import { nextClusterSlot, readClusters } from '../../../shared/board/clusters';
import { elementsRoot, readElements } from '../../../shared/board/elementMaps';
import { addElement } from '../../../shared/board/ops';
import { requiredText } from '../../../shared/domain/text';
import { limits } from '../../../shared/domain/limits';
import { Button, TextField, useFieldError, useToast } from '../../ui';
import { useVoteTotals } from '../facilitation';
import { useDocRoot } from '../journey/useDocRoot';
import '../stakeholders/studioTools.css';

const GroupFields = z.object({ name: requiredText(limits.title) });
type GroupInput = z.input<typeof GroupFields>;
type GroupOutput = z.output<typeof GroupFields>;

/** The board's elements as a plain root for useDocRoot (module level, so its identity is stable). */
const elementsAsRoot = (doc: Y.Doc) => elementsRoot(doc) as unknown as Y.Map<unknown>;

/** The clusters area of the ideation template, where new groups are placed. */
const clustersZoneKey = 'clusters';

export interface IdeationPanelProps {
  doc: Y.Doc;
  origin: unknown;
  clientId: string;
}

/**
 * Affinity clustering beside an ideation board: create named groups (frames in the clusters
 * area), see how many notes each holds and how many dots they got in the last vote.
 */
export function IdeationPanel({ doc, origin, clientId }: IdeationPanelProps) {
  const { t } = useTranslation('studioTools');
  const fieldError = useFieldError();
  const toast = useToast();
  const elements = useDocRoot(doc, elementsAsRoot, readElements);
  const { clusters, ungrouped } = readClusters(elements);
  const totals = useVoteTotals(doc);
  const { register, handleSubmit, reset, formState } = useForm<GroupInput, unknown, GroupOutput>({
    resolver: zodResolver(GroupFields),
    defaultValues: { name: '' },
  });

  const create = handleSubmit(({ name }) => {
    const zone = elements.find((element) => element.type === 'zone' && element.zoneKey === clustersZoneKey);
    const area = zone ?? { x: 0, y: 0, width: 900, height: 800 };
    const at = nextClusterSlot(elements, area);
    addElement(doc, { type: 'frame', ...at, width: 420, height: 360, title: name }, origin, clientId);
    reset({ name: '' });
    toast.show(t('ideation.added', { name }));
  });

  return (
    <section className="studio-panel" aria-labelledby="ideation-panel-heading">
      <h2 id="ideation-panel-heading" className="studio-panel__title">{t('ideation.heading')}</h2>
      <p className="studio-hint">{t('ideation.intro')}</p>
      <form noValidate onSubmit={(event) => void create(event)} className="studio-form">
        <TextField label={t('ideation.name')} error={fieldError(formState.errors.name)} autoComplete="off" {...register('name')} />
        <Button type="submit" variant="primary">{t('ideation.add')}</Button>
      </form>
      <h3 className="studio-subtitle">{t('ideation.groups')}</h3>
      {clusters.length === 0 ? <p className="studio-hint">{t('ideation.empty')}</p> : null}
      <ol className="studio-list">
        {clusters.map((cluster) => {
          const dots = cluster.noteIds.reduce((sum, id) => sum + (totals.get(id) ?? 0), 0);
          return (
            <li key={cluster.id} className="studio-list__item">
              <strong>{cluster.title || t('ideation.untitled')}</strong>
              {' · '}
              {t('ideation.notes', { count: cluster.noteIds.length })}
              {dots > 0 ? ` · ${t('ideation.dots', { count: dots })}` : null}
            </li>
          );
        })}
      </ol>
      <p className="studio-hint" role="status">{t('ideation.ungrouped', { count: ungrouped.length })}</p>
    </section>
  );
}
