import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrantOf, type Actor, type Relationship } from '../../../shared/domain/actor';
import { ConfirmDialog, ErrorMessage, Spinner, TabPanel, Tabs, useErrorText, useToast } from '../../ui';
import { ActorExchange } from './ActorExchange';
import { ActorForm } from './ActorForm';
import { ActorTable } from './ActorTable';
import { NetworkView } from './NetworkView';
import { OnionView } from './OnionView';
import { PowerInterestGrid } from './PowerInterestGrid';
import { actorFieldsOf, useActorRegister } from './useActorRegister';
import './studioTools.css';

const views = ['table', 'grid', 'onion', 'network'] as const;
type View = (typeof views)[number];

/**
 * The exercise's actor register beside a stakeholder-map board: the table with its form and
 * three views of the same data (power/interest grid, onion, relationship network). Every view
 * draws from one register value, so an edit anywhere shows everywhere.
 */
export function ActorRegisterPanel({ exerciseId }: { exerciseId: string }) {
  const { t } = useTranslation('studioTools');
  const toast = useToast();
  const errorText = useErrorText();
  const state = useActorRegister(exerciseId);
  const [view, setView] = useState<View>('table');
  const [editing, setEditing] = useState<Actor | undefined>();
  const [removing, setRemoving] = useState<Actor | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const register = state.register;
  const idPrefix = `actor-register-${exerciseId}`;

  const fail = (error: unknown) => toast.show(errorText(error), 'error');

  // Grid and onion edits are announced here (the marker keeps focus, its label changes too).
  const changeFromView = (actor: Actor, patch: Partial<Actor>) => {
    const next = { ...actor, ...patch };
    setAnnouncement(
      patch.proximity !== undefined
        ? t('onion.moved', { name: next.name, proximity: t(`proximities.${next.proximity}`) })
        : t('grid.moved', { name: next.name, power: next.power, interest: next.interest, quadrant: t(`quadrants.${quadrantOf(next)}`) }),
    );
    state.updateActor(actor.id, actorFieldsOf(next)).catch(fail);
  };

  const removeRelationship = (relationship: Relationship) => {
    state.removeRelationship(relationship.id).then(() => toast.show(t('network.removed'), 'success'), fail);
  };

  return (
    <section className="studio-panel" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} className="studio-panel__title">{t('register.heading')}</h2>
      <p className="studio-hint">
        {t('register.intro')} {register ? t('register.count', { count: register.actors.length }) : null}
      </p>
      <p role="status" className="visually-hidden">{announcement}</p>
      {state.error && !register ? <ErrorMessage>{t('register.loadFailed')}</ErrorMessage> : null}
      {!register ? (
        state.loading ? <Spinner /> : null
      ) : (
        <>
          <Tabs
            items={views.map((id) => ({ id, label: t(`register.tabs.${id}`) }))}
            value={view}
            onChange={(id) => setView(id as View)}
            label={t('register.views')}
            idPrefix={idPrefix}
          />
          <TabPanel idPrefix={idPrefix} id={view}>
            {view === 'table' && (
              <>
                <ActorExchange exerciseId={exerciseId} state={state} />
                <ActorTable actors={register.actors} onEdit={setEditing} onRemove={setRemoving} />
                <h3 className="studio-subtitle">{editing ? t('actor.editHeading', { name: editing.name }) : t('actor.addHeading')}</h3>
                {editing ? (
                  <ActorForm
                    key={editing.id}
                    initial={actorFieldsOf(editing)}
                    onSave={async (fields) => {
                      await state.updateActor(editing.id, fields);
                      setEditing(undefined);
                      toast.show(t('actor.saved'), 'success');
                    }}
                    onCancel={() => setEditing(undefined)}
                  />
                ) : (
                  <ActorForm
                    key="new"
                    onSave={async (fields) => {
                      await state.addActor(fields);
                      toast.show(t('actor.added'), 'success');
                    }}
                  />
                )}
              </>
            )}
            {view === 'grid' && <PowerInterestGrid actors={register.actors} onChange={changeFromView} />}
            {view === 'onion' && <OnionView actors={register.actors} onChange={changeFromView} />}
            {view === 'network' && (
              <NetworkView
                register={register}
                onAdd={async (fields) => {
                  await state.addRelationship(fields);
                  toast.show(t('network.added'), 'success');
                }}
                onRemove={removeRelationship}
              />
            )}
          </TabPanel>
        </>
      )}
      <ConfirmDialog
        open={removing !== undefined}
        danger
        title={t('actor.removeTitle', { name: removing?.name ?? '' })}
        body={t('actor.removeBody')}
        confirmLabel={t('actor.remove')}
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => {
          const actor = removing;
          setRemoving(undefined);
          if (!actor) return;
          if (editing?.id === actor.id) setEditing(undefined);
          state.removeActor(actor.id).then(() => toast.show(t('actor.removed'), 'success'), fail);
        }}
      />
    </section>
  );
}
