import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { personaMap, readPersona, setPersonaPhoto, writePersonaField, type PersonaField } from '../../../shared/documents/persona';
import { DocTextField } from '../journey/DocTextField';
import { useDocRoot } from '../journey/useDocRoot';
import { PersonaPhoto } from './PersonaPhoto';
import '../stakeholders/studioTools.css';

export interface PersonaPanelProps {
  doc: Y.Doc;
  /** The board session's local origin, so these edits sync and undo like the board's own. */
  origin?: unknown;
}

const shortFields: PersonaField[] = ['name', 'age', 'occupation', 'location'];
const longFields: PersonaField[] = ['quote', 'goals', 'frustrations', 'context'];

/**
 * The persona's profile beside a persona board: a form whose fields live in the board
 * document's `persona` root, so they sync with other windows and undo with the board.
 */
export function PersonaPanel({ doc, origin }: PersonaPanelProps) {
  const { t } = useTranslation('studioTools');
  const persona = useDocRoot(doc, personaMap, readPersona);
  const field = (name: PersonaField, multiline: boolean) => (
    <DocTextField
      key={name}
      label={t(`persona.${name}`)}
      multiline={multiline}
      value={persona[name]}
      onCommit={(value) => writePersonaField(doc, name, value, origin)}
    />
  );
  return (
    <section className="studio-panel" aria-labelledby="persona-panel-heading">
      <h2 id="persona-panel-heading" className="studio-panel__title">{t('persona.heading')}</h2>
      <p className="studio-hint">{t('persona.intro')}</p>
      <PersonaPhoto assetId={persona.photoAssetId} personName={persona.name} onPhoto={(assetId) => setPersonaPhoto(doc, assetId, origin)} />
      <div className="studio-form">
        <div className="studio-form__row">{shortFields.slice(0, 2).map((name) => field(name, false))}</div>
        <div className="studio-form__row">{shortFields.slice(2).map((name) => field(name, false))}</div>
        {longFields.map((name) => field(name, true))}
      </div>
    </section>
  );
}
