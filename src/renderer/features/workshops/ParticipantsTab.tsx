import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { formatDate } from '../../i18n/format';
import { Button, ConfirmDialog, EmptyState, useErrorText, useToast } from '../../ui';
import { downloadTextFile } from '../../ui/download';
import { ParticipantForm } from './ParticipantForm';
import { SectorCounts } from './SectorCounts';
import type { AcceptWorkshop } from './useWorkshop';

const editButtonId = (participantId: string) => `participant-${participantId}-edit`;

/** Participants with their consent; a participant's data can be exported or erased on request. */
export function ParticipantsTab({ workshop, accept }: { workshop: Workshop; accept: AcceptWorkshop }) {
  const { t, i18n } = useTranslation('workshops');
  const { t: tc } = useTranslation('common');
  const toast = useToast();
  const errorText = useErrorText();
  const [editingId, setEditingId] = useState<string>();
  const [erasing, setErasing] = useState<Participant>();
  const [busy, setBusy] = useState(false);
  const workshopId = workshop.id;
  const locale = i18n.language;

  const closeEdit = (participantId: string) => {
    setEditingId(undefined);
    requestAnimationFrame(() => document.getElementById(editButtonId(participantId))?.focus());
  };

  const exportData = async (participant: Participant) => {
    try {
      const { fileName, json } = await api.exportParticipant({ workshopId, participantId: participant.id });
      downloadTextFile(fileName, json);
      toast.show(t('participants.exported', { fileName }), 'success');
    } catch (error) {
      toast.show(errorText(error), 'error');
    }
  };

  const erase = async (participant: Participant) => {
    setBusy(true);
    try {
      accept(await api.eraseParticipant({ workshopId, participantId: participant.id }));
      setErasing(undefined);
      toast.show(t('participants.erased'), 'success');
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  const consentText = (participant: Participant) =>
    participant.consent
      ? t('participants.consentGiven', { date: formatDate(participant.consentDate, locale), version: participant.consentNoticeVersion })
      : t('participants.consentMissing');

  return (
    <section aria-labelledby="workshop-participants-heading" className="workshop-section">
      <h2 id="workshop-participants-heading" className="workshop-section__title">
        {t('tabs.participants')}
      </h2>
      {workshop.participants.length === 0 ? (
        <EmptyState level={3} title={t('participants.emptyTitle')} body={t('participants.emptyBody')} />
      ) : (
        <>
          <SectorCounts participants={workshop.participants} />
          <div className="workshop-table-wrap">
            <table className="workshop-table">
              <caption className="workshop-visually-hidden">{t('participants.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('participants.name')}</th>
                  <th scope="col">{t('participants.organisation')}</th>
                  <th scope="col">{t('participants.sector')}</th>
                  <th scope="col">{t('participants.role')}</th>
                  <th scope="col">{t('participants.emailColumn')}</th>
                  <th scope="col">{t('participants.consentColumn')}</th>
                  <th scope="col">{t('actions.column')}</th>
                </tr>
              </thead>
              <tbody>
                {workshop.participants.map((participant) =>
                  editingId === participant.id ? (
                    <tr key={participant.id} className="workshop-table__editing">
                      <td colSpan={7}>
                        <h3 className="workshop-subtitle">{t('participants.editHeading', { name: participant.name })}</h3>
                        <ParticipantForm
                          initial={participant}
                          submitLabel={tc('actions.save')}
                          onCancel={() => closeEdit(participant.id)}
                          onSave={async (fields) => {
                            accept(await api.updateParticipant({ workshopId, participantId: participant.id, fields }));
                            closeEdit(participant.id);
                            toast.show(t('participants.updated'), 'success');
                          }}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr key={participant.id}>
                      <th scope="row">{participant.name}</th>
                      <td>{participant.organisation}</td>
                      <td>{t(`sector.${participant.sector}`)}</td>
                      <td>{participant.role}</td>
                      <td>{participant.email}</td>
                      <td className={participant.consent ? undefined : 'workshop-table__muted'}>{consentText(participant)}</td>
                      <td>
                        <div className="workshop-row-actions">
                          <Button
                            id={editButtonId(participant.id)}
                            variant="ghost"
                            aria-label={t('participants.edit', { name: participant.name })}
                            onClick={() => setEditingId(participant.id)}
                          >
                            {tc('actions.edit')}
                          </Button>
                          <Button
                            variant="ghost"
                            aria-label={t('participants.exportData', { name: participant.name })}
                            onClick={() => void exportData(participant)}
                          >
                            {t('participants.exportShort')}
                          </Button>
                          <Button
                            variant="ghost"
                            className="workshop-danger-action"
                            aria-label={t('participants.erase', { name: participant.name })}
                            onClick={() => setErasing(participant)}
                          >
                            {t('participants.eraseShort')}
                          </Button>
                        </div>
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h3 className="workshop-subtitle">{t('participants.add')}</h3>
      <ParticipantForm
        submitLabel={t('participants.add')}
        onSave={async (fields) => {
          accept(await api.addParticipant({ workshopId, fields }));
          toast.show(t('participants.added'), 'success');
        }}
      />
      <ConfirmDialog
        open={erasing !== undefined}
        danger
        busy={busy}
        title={t('participants.eraseTitle', { name: erasing?.name ?? '' })}
        body={t('participants.eraseBody')}
        confirmLabel={t('participants.eraseConfirm')}
        onConfirm={() => erasing && void erase(erasing)}
        onCancel={() => setErasing(undefined)}
      />
    </section>
  );
}
