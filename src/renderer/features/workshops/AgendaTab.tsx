import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { useToast } from '../../ui';
import { AgendaBuilder } from '../methodLibrary/AgendaBuilder';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaSummary } from './AgendaSummary';
import { agendaHeadingId } from './useAgendaActions';
import type { AcceptWorkshop } from './useWorkshop';

/**
 * The workshop's agenda: its total against the planned length, the timed blocks beside the
 * method library (the agenda builder), and a form for an activity that is not in the library.
 */
export function AgendaTab({ workshop, accept }: { workshop: Workshop; accept: AcceptWorkshop }) {
  const { t } = useTranslation('workshops');
  const toast = useToast();
  return (
    <section aria-labelledby="workshop-agenda-heading" className="workshop-section">
      {/* Focusable from code: where focus goes when the last block of the agenda is removed. */}
      <h2 id={agendaHeadingId} className="workshop-section__title" tabIndex={-1}>
        {t('tabs.agenda')}
      </h2>
      <AgendaSummary agenda={workshop.agenda} plannedMinutes={workshop.plannedMinutes} />
      <AgendaBuilder workshop={workshop} accept={accept} />
      <h3 className="workshop-subtitle">{t('agenda.addHeading')}</h3>
      <AgendaItemForm
        submitLabel={t('agenda.add')}
        onSave={async (fields) => {
          accept(await api.addAgendaItem({ workshopId: workshop.id, fields }));
          toast.show(t('agenda.added'), 'success');
        }}
      />
    </section>
  );
}
