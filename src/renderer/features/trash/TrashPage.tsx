import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashedBoard } from '../../../shared/domain/board';
import { trashDaysLeft, trashRetentionDays } from '../../../shared/documents/trash';
import { api } from '../../app/api';
import { formatDateTime } from '../../i18n/format';
import { Button, ConfirmDialog, EmptyState, ErrorMessage, PageHeader, Spinner, useApiQuery, useErrorText, useToast } from '../../ui';
import { useBoardTrash } from './useBoardTrash';

/**
 * Boards in the trash with when they were deleted and how long they have left. Restoring is
 * immediate (and undoable); deleting forever asks first, since nothing brings it back.
 */
export function TrashPage() {
  const { t, i18n } = useTranslation('trash');
  const { t: tc } = useTranslation('common');
  const toast = useToast();
  const errorText = useErrorText();
  const { restore } = useBoardTrash();
  const trash = useApiQuery(() => api.listTrash({}), []);
  const [purging, setPurging] = useState<TrashedBoard | undefined>();
  const [busy, setBusy] = useState(false);

  const purge = async (board: TrashedBoard) => {
    setBusy(true);
    try {
      await api.purgeBoard({ id: board.id });
      toast.show(t('purged'), 'success');
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      setBusy(false);
      setPurging(undefined);
    }
  };

  const now = new Date();
  const boards = trash.data ?? [];
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('intro', { days: trashRetentionDays })}
        breadcrumbs={[{ label: tc('nav.settings'), href: '/settings' }]}
      />
      {trash.error ? <ErrorMessage error={trash.error} onRetry={trash.reload} /> : null}
      {trash.loading && !trash.data ? <Spinner /> : null}
      {trash.data && boards.length === 0 ? <EmptyState title={t('emptyTitle')} body={t('emptyBody')} /> : null}
      {boards.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">{t('title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.board')}</th>
                <th scope="col">{t('columns.origin')}</th>
                <th scope="col">{t('columns.deleted')}</th>
                <th scope="col">{t('columns.left')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {boards.map((board) => {
                const daysLeft = trashDaysLeft(board.deletedAt, now);
                return (
                  <tr key={board.id}>
                    <th scope="row">{board.title}</th>
                    <td>{[board.exerciseTitle, board.workshopTitle].filter(Boolean).join(' · ')}</td>
                    <td>
                      {formatDateTime(board.deletedAt, i18n.language)}
                      {board.deletedBy ? ` ${t('deletedBy', { name: board.deletedBy })}` : null}
                    </td>
                    <td>{daysLeft > 0 ? t('daysLeft', { count: daysLeft }) : t('lastDay')}</td>
                    <td className="table__actions">
                      <Button onClick={() => void restore(board.id)} aria-label={t('restoreLabel', { title: board.title })}>
                        {t('restore')}
                      </Button>{' '}
                      <Button variant="danger" onClick={() => setPurging(board)} aria-label={t('purgeLabel', { title: board.title })}>
                        {t('purge')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <ConfirmDialog
        open={purging !== undefined}
        title={t('confirm.title', { title: purging?.title ?? '' })}
        body={<p>{t('confirm.body')}</p>}
        confirmLabel={t('confirm.action')}
        danger
        busy={busy}
        onConfirm={() => purging && void purge(purging)}
        onCancel={() => setPurging(undefined)}
      />
    </>
  );
}
