import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { z } from 'zod';
import { BoardFields, BoardKind } from '../../../shared/domain/board';
import { Locale } from '../../../shared/contract';
import { templates } from '../../../shared/templates';
import type { Workshop } from '../../../shared/domain/workshop';
import { api } from '../../app/api';
import { ImportBoardButton, useBoardImport } from '../interchange/ImportBoard';
import { useBoardTrash } from '../trash/useBoardTrash';
import { formatDateTime } from '../../i18n/format';
import { applyServerIssues, Button, EmptyState, ErrorMessage, SelectField, Spinner, TextField, useApiQuery, useErrorText, useFieldError, useToast } from '../../ui';

/** A built-in template's kind, or `hub:<id>` for a template the central office published. */
const hubPrefix = 'hub:';
const NewBoardForm = BoardFields.extend({ kind: z.union([BoardKind, z.string().startsWith(hubPrefix)]).default('blank') });
type FormInput = z.input<typeof NewBoardForm>;
type FormOutput = z.output<typeof NewBoardForm>;

/** The workshop's boards with how much each holds; a new board opens straight away. */
export function BoardsTab({ workshop }: { workshop: Workshop }) {
  const { t, i18n } = useTranslation('workshops');
  const { t: tt } = useTranslation('trash');
  const { moveToTrash } = useBoardTrash();
  const fieldError = useFieldError();
  const errorText = useErrorText();
  const toast = useToast();
  const [, navigate] = useLocation();
  const boards = useApiQuery(() => api.listBoards({ workshopId: workshop.id }), [workshop.id]);
  const importer = useBoardImport(workshop.id);
  const { register, handleSubmit, setError, formState, control } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(NewBoardForm),
    defaultValues: { title: '', kind: 'blank' },
  });
  // Template names and descriptions are data in both languages, distributed with the template.
  const locale = Locale.catch('es-CO').parse(i18n.language);
  const templateOptions = templates.map((template) => ({ value: template.id, label: template.name[locale] }));
  // Published by the central office and received by sync; their text may lack an English version.
  const hubTemplates = useApiQuery(() => api.hubTemplates({}), []);
  const inLocale = (text: { 'es-CO': string; en: string }) => text[locale] || text['es-CO'];
  const hubOptions = (hubTemplates.data ?? []).map((template) => ({ value: `${hubPrefix}${template.id}`, label: inLocale(template.name) }));
  const kind = useWatch({ control, name: 'kind' });
  const chosenHub = hubTemplates.data?.find((template) => `${hubPrefix}${template.id}` === kind);
  const hint = chosenHub ? inLocale(chosenHub.description) : templates.find((template) => template.id === kind)?.description[locale];

  const create = handleSubmit(async ({ title, kind: chosenKind }) => {
    try {
      const board = chosenKind.startsWith(hubPrefix)
        ? await api.createBoardFromHubTemplate({ workshopId: workshop.id, templateId: chosenKind.slice(hubPrefix.length), fields: { title } })
        : await api.createBoard({ workshopId: workshop.id, fields: { title, kind: BoardKind.parse(chosenKind) }, locale });
      navigate(`/boards/${board.id}`);
    } catch (error) {
      if (!applyServerIssues(error, setError)) toast.show(errorText(error), 'error');
    }
  });

  const list = boards.data ?? [];
  return (
    <section aria-labelledby="workshop-boards-heading" className="workshop-section" {...importer.dropProps}>
      <h2 id="workshop-boards-heading" className="workshop-section__title">
        {t('boards.heading')}
      </h2>
      {boards.error ? <ErrorMessage error={boards.error} onRetry={boards.reload} /> : null}
      {boards.loading && !boards.data ? <Spinner /> : null}
      {boards.data && list.length === 0 ? <EmptyState level={3} title={t('boards.emptyTitle')} body={t('boards.emptyBody')} /> : null}
      {list.length > 0 ? (
        <ul className="board-cards">
          {list.map((board) => (
            <li key={board.id} className="board-card">
              <Link href={`/boards/${board.id}`} className="board-card__title" aria-label={t('boards.open', { title: board.title })}>
                {board.title}
              </Link>
              <p className="board-card__meta">
                {t('boards.elements', { count: board.elementCount })} ·{' '}
                {t('boards.updated', { date: formatDateTime(board.updatedAt, i18n.language) })}
              </p>
              <Button variant="ghost" className="board-card__delete" onClick={() => void moveToTrash(board.id)} aria-label={tt('deleteLabel', { title: board.title })}>
                {tt('delete')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <ImportBoardButton importer={importer} />
      <h3 className="workshop-subtitle">{t('boards.newHeading')}</h3>
      <form noValidate onSubmit={create} className="workshop-form workshop-form--compact">
        <TextField label={t('boards.title')} error={fieldError(formState.errors.title)} autoComplete="off" {...register('title')} />
        <SelectField
          label={t('boards.template')}
          options={templateOptions}
          groups={[{ label: t('boards.hubTemplates'), options: hubOptions }]}
          hint={hint || undefined}
          {...register('kind')}
        />
        <div className="workshop-form__actions">
          <Button type="submit" variant="primary" disabled={formState.isSubmitting}>
            {t('boards.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
