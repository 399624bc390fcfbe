import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addInitiative,
  addMilestone,
  addObjective,
  moveObjective,
  removeInitiative,
  removeObjective,
  setInitiativeStatus,
  setObjectiveField,
  setPlanText,
  updateInitiative,
  setMilestoneDone,
  updateMilestone,
} from './edits';
import { examplePlan, idOf } from './examplePlan';
import { readStrategyPlan, strategyRoot } from './plan';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('strategic plan document', () => {
  it('numbers objectives O1, O2 and initiatives under them O1.1, O1.2, O2.1', () => {
    const plan = readStrategyPlan(examplePlan().doc);
    expect(plan.objectives.map((objective) => `${objective.code} ${objective.title}`)).toEqual(['O1 Atención digital', 'O2 Cultura']);
    expect(plan.initiatives.map((initiative) => `${initiative.code} ${initiative.name}`)).toEqual(['O1.1 Portal', 'O1.2 Chatbot', 'O2.1 Formación']);
    expect(plan.initiatives[2]).toMatchObject({ owner: 'Talento', status: 'not-started', placed: true });
    expect(plan.milestones.map((milestone) => [milestone.number, milestone.name, milestone.link?.kind ?? 'none'])).toEqual([[1, 'Lanzamiento', 'initiative'], [2, 'Informe', 'none']]);
  });

  it('refuses an end before the start, an impossible date and a missing name, and stores nothing', () => {
    const { doc, digital } = examplePlan();
    const before = Y.encodeStateAsUpdate(doc);
    const base = { objectiveId: digital, name: 'Trámites en línea', start: '2026-05-10', end: '2026-05-09' };
    expect(addInitiative(doc, base)).toEqual({ ok: false, issues: [{ path: 'end', key: 'validation.endBeforeStart' }] });
    expect(addInitiative(doc, { ...base, end: '2026-02-30' })).toEqual({ ok: false, issues: [{ path: 'end', key: 'validation.invalidDate' }] });
    // A slip in the year field ("226" for 2026) would stretch the timeline over 1,800 years.
    expect(addInitiative(doc, { ...base, start: '0226-03-01', end: '2026-06-01' })).toEqual({ ok: false, issues: [{ path: 'start', key: 'validation.invalidDate' }] });
    expect(addInitiative(doc, { ...base, name: '  ', end: '2026-06-01' })).toEqual({ ok: false, issues: [{ path: 'name', key: 'validation.required' }] });
    expect(addInitiative(doc, { ...base, objectiveId: 'gone', end: '2026-06-01' })).toEqual({ ok: false, issues: [{ path: 'objectiveId', key: 'validation.invalid' }] });
    expect(addObjective(doc, { title: '' })).toEqual({ ok: false, issues: [{ path: 'title', key: 'validation.required' }] });
    expect(addMilestone(doc, { name: 'Cierre', date: '' })).toEqual({ ok: false, issues: [{ path: 'date', key: 'validation.required' }] });
    expect(addMilestone(doc, { name: 'Cierre', date: '2026-12-01', link: 'objective:gone' })).toEqual({ ok: false, issues: [{ path: 'link', key: 'validation.invalid' }] });
    expect(setObjectiveField(doc, digital, 'title', ' ')).toBe('validation.required');
    expect(setPlanText(doc, 'vision', 'x'.repeat(5001))).toBe('validation.tooLong');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('refuses an edit that would put the end before the start, keeping the stored dates', () => {
    const { doc, digital, portal } = examplePlan();
    const result = updateInitiative(doc, portal, { objectiveId: digital, name: 'Portal', start: '2026-04-01', end: '2026-03-31', status: 'done' });
    expect(result.ok).toBe(false);
    expect(readStrategyPlan(doc).initiatives[0]).toMatchObject({ start: '2026-01-15', end: '2026-03-31' });
  });

  it('writes nothing for an unchanged value', () => {
    const { doc, portal } = examplePlan();
    setPlanText(doc, 'challenge', 'Trámites lentos');
    let updates = 0;
    doc.on('update', () => (updates += 1));
    setPlanText(doc, 'challenge', ' Trámites lentos ');
    setInitiativeStatus(doc, portal, 'done');
    expect(updates).toBe(0);
  });

  it('moves an initiative to another objective as its last one, and renumbers', () => {
    const { doc, culture, chatbot } = examplePlan();
    idOf(updateInitiative(doc, chatbot, { objectiveId: culture, name: 'Chatbot', start: '2026-03-01', end: '2026-06-30', status: 'at-risk' }));
    const codes = readStrategyPlan(doc).initiatives.map((initiative) => `${initiative.code} ${initiative.name} ${initiative.status}`);
    expect(codes).toEqual(['O1.1 Portal done', 'O2.1 Formación not-started', 'O2.2 Chatbot at-risk']);
  });

  it('reorders objectives by their order alone', () => {
    const { doc, culture } = examplePlan();
    moveObjective(doc, culture, 0);
    const plan = readStrategyPlan(doc);
    expect(plan.objectives.map((objective) => `${objective.code} ${objective.title}`)).toEqual(['O1 Cultura', 'O2 Atención digital']);
    expect(plan.initiatives.map((initiative) => initiative.code)).toEqual(['O1.1', 'O2.1', 'O2.2']);
  });

  it('removes an objective with its initiatives and their milestones in one undo step', () => {
    const origin = Symbol('board');
    const doc = new Y.Doc();
    const undo = new Y.UndoManager(strategyRoot(doc), { trackedOrigins: new Set([origin]) });
    const { digital } = examplePlan(doc, origin);
    undo.stopCapturing();
    expect(removeObjective(doc, digital, origin)).toBe(true);
    let plan = readStrategyPlan(doc);
    expect(plan.objectives.map((objective) => objective.title)).toEqual(['Cultura']);
    expect(plan.initiatives.map((initiative) => initiative.name)).toEqual(['Formación']);
    expect(plan.milestones.map((milestone) => milestone.name)).toEqual(['Informe']);
    undo.undo();
    plan = readStrategyPlan(doc);
    expect(plan.objectives).toHaveLength(2);
    expect(plan.initiatives.map((initiative) => initiative.code)).toEqual(['O1.1', 'O1.2', 'O2.1']);
    expect(plan.milestones.find((milestone) => milestone.name === 'Lanzamiento')?.link?.kind).toBe('initiative');
  });

  it('keeps the milestones of a removed initiative, linked to its objective', () => {
    const { doc, digital, chatbot } = examplePlan();
    removeInitiative(doc, chatbot);
    expect(readStrategyPlan(doc).milestones[0]).toMatchObject({ name: 'Lanzamiento', link: { kind: 'objective', id: digital } });
  });

  it('merges concurrent edits from two windows field by field and entry by entry', () => {
    const { doc: one, digital, portal, report } = examplePlan();
    const two = new Y.Doc();
    sync(one, two);
    // Offline at the same time: one renames the portal and adds an objective; the other changes
    // its status, moves a milestone and adds an objective too.
    idOf(updateInitiative(one, portal, { objectiveId: digital, name: 'Portal ciudadano', owner: 'TIC', start: '2026-01-15', end: '2026-03-31', status: 'done' }));
    idOf(addObjective(one, { title: 'Datos abiertos' }));
    setInitiativeStatus(two, portal, 'at-risk');
    idOf(updateMilestone(two, report, { name: 'Informe', date: '2026-10-20' }));
    idOf(addObjective(two, { title: 'Alianzas' }));
    sync(one, two);
    sync(two, one);
    const [a, b] = [readStrategyPlan(one), readStrategyPlan(two)];
    expect(a).toEqual(b);
    expect(a.initiatives[0]).toMatchObject({ name: 'Portal ciudadano', status: 'at-risk' });
    expect(a.milestones.find((milestone) => milestone.name === 'Informe')?.date).toBe('2026-10-20');
    expect(a.objectives.map((objective) => objective.title).sort()).toEqual(['Alianzas', 'Atención digital', 'Cultura', 'Datos abiertos']);
  });

  it('shows an initiative whose objective was removed elsewhere as unplaced, not lost', () => {
    const { doc: one, culture } = examplePlan();
    const two = new Y.Doc();
    sync(one, two);
    removeObjective(one, culture);
    idOf(addInitiative(two, { objectiveId: culture, name: 'Mentorías', start: '2026-06-01', end: '2026-06-30' }));
    sync(one, two);
    sync(two, one);
    const orphan = readStrategyPlan(one).initiatives.find((initiative) => initiative.name === 'Mentorías');
    expect(orphan).toMatchObject({ placed: false, code: '–.1' });
  });

  it('keeps a milestone reached when a form opened before the tick is saved', () => {
    const doc = new Y.Doc();
    const id = idOf(addMilestone(doc, { name: 'Piloto', date: '2026-08-01' }));
    const formValues = { name: 'Piloto en Tunja', date: '2026-08-15', done: false };
    expect(setMilestoneDone(doc, id, true)).toBe(true);
    idOf(updateMilestone(doc, id, formValues));
    const milestone = readStrategyPlan(doc).milestones.find((entry) => entry.id === id);
    expect(milestone).toMatchObject({ name: 'Piloto en Tunja', date: '2026-08-15', done: true });
  });
});
