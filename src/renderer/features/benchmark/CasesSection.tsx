import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addCase, moveCase, removeCase, updateCase, type BenchmarkCase } from '../../../shared/documents/benchmark';
import { IconButton, useToast } from '../../ui';
import { CaseForm } from './CaseForm';

/** The cases compared: organisation, country and a source link (opened outside the app), plus the form to add one. */
export function CasesSection({ doc, origin, cases }: { doc: Y.Doc; origin: unknown; cases: readonly BenchmarkCase[] }) {
  const { t } = useTranslation('benchmark');
  const toast = useToast();
  const [editing, setEditing] = useState<string | undefined>();
  // The removed row's button goes with it: focus lands on the section's heading, not on the page.
  const heading = useRef<HTMLHeadingElement>(null);

  const remove = (item: BenchmarkCase) => {
    if (!removeCase(doc, item.id, origin)) return;
    heading.current?.focus();
    toast.show(t('cases.removed', { name: item.organisation }));
  };

  return (
    <section className="benchmark-section" aria-labelledby="benchmark-cases-heading">
      <h2 id="benchmark-cases-heading" className="benchmark-section__title" ref={heading} tabIndex={-1}>{t('cases.heading')}</h2>
      {cases.length === 0 ? (
        <p className="muted">{t('cases.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table benchmark-list">
            <thead>
              <tr>
                <th scope="col">{t('cases.organisation')}</th>
                <th scope="col">{t('cases.country')}</th>
                <th scope="col">{t('cases.source')}</th>
                <th scope="col" className="table__actions"><span className="visually-hidden">{t('cases.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {cases.map((item, index) => (
                <Fragment key={item.id}>
                  {editing === item.id ? (
                    <tr>
                      <td colSpan={4}>
                        <CaseForm
                          initial={{ organisation: item.organisation, country: item.country, source: item.source, description: item.description }}
                          onSave={(fields) => {
                            const refused = updateCase(doc, item.id, fields, origin)?.refused;
                            if (!refused) setEditing(undefined);
                            return refused;
                          }}
                          onCancel={() => setEditing(undefined)}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr>
                      <th scope="row" className="table__title">
                        {item.organisation}
                        {item.description ? <span className="benchmark-sub">{item.description}</span> : null}
                      </th>
                      <td>{item.country}</td>
                      <td>
                        {item.source ? (
                          // Opened by the system browser on the desktop (see src/main/security.ts), never inside Minga.
                          <a href={item.source} target="_blank" rel="noopener noreferrer" aria-label={t('cases.openSource', { name: item.organisation, host: hostOf(item.source) })} className="benchmark-link">
                            {hostOf(item.source)} <span aria-hidden="true">↗</span>
                          </a>
                        ) : (
                          <span className="muted">{t('cases.noSource')}</span>
                        )}
                      </td>
                      <td className="table__actions">
                        <div className="benchmark-actions">
                          <IconButton label={t('cases.moveUp', { name: item.organisation })} icon="↑" disabled={index === 0} onClick={() => moveCase(doc, item.id, -1, origin)} />
                          <IconButton label={t('cases.moveDown', { name: item.organisation })} icon="↓" disabled={index === cases.length - 1} onClick={() => moveCase(doc, item.id, 1, origin)} />
                          <IconButton label={t('cases.edit', { name: item.organisation })} icon="✎" onClick={() => setEditing(item.id)} />
                          <IconButton variant="danger" label={t('cases.remove', { name: item.organisation })} icon="×" onClick={() => remove(item)} />
                        </div>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CaseForm onSave={(fields) => {
        const result = addCase(doc, fields, origin);
        return 'refused' in result ? result.refused : undefined;
      }} />
    </section>
  );
}

/** The site a link points at, short enough for a table cell: www.gov.uk. */
export function hostOf(link: string): string {
  try {
    return new URL(link).hostname;
  } catch {
    return link;
  }
}
