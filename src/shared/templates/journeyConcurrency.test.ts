import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { elementsRoot, readElements } from '../board/elementMaps';
import type { ZoneElement } from '../board/elements';
import { addElement } from '../board/ops';
import { journeyLanes, journeyMap as journeyRoot, readJourney, seedJourney, stageHeaderId } from '../documents/journey';
import { instantiateTemplate } from './instantiate';
import { defaultJourneyStages, journeyMap, laneY, stageX, untitledJourneyStage } from './journey-map';
import {
  addJourneyStage,
  followJourney,
  followJourneyChanges,
  moveJourneyStage,
  removeJourneyStage,
  renameJourneyStage,
  type JourneyEditor,
} from './journeyBoard';
import { parseJourneyZoneKey } from './journeyZones';

const remote = 'remote';

/** Deterministic randomness, so a failing run can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * People with their own copy of one journey board (the template and its seeded stages), each
 * following the journey as the open board page does. What one writes waits in the others'
 * inboxes until `deliver` hands it over, so edits can cross in any order.
 */
function workshop(count: number) {
  const start = new Y.Doc();
  instantiateTemplate(start, journeyMap, 'es-CO', 'setup');
  seedJourney(start, defaultJourneyStages.map((name) => name['es-CO']));
  const initial = Y.encodeStateAsUpdate(start);
  const people = Array.from({ length: count }, (_, index) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, initial, remote);
    const editor: JourneyEditor = { origin: { person: index }, locale: 'es-CO', clientId: `p${index}` };
    const undo = new Y.UndoManager([elementsRoot(doc), journeyRoot(doc)], { trackedOrigins: new Set([editor.origin]), captureTimeout: 0 });
    followJourneyChanges(doc, 'es-CO');
    return { doc, editor, undo, inbox: [] as Uint8Array[] };
  });
  for (const person of people) {
    person.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === remote) return;
      for (const other of people) if (other !== person) other.inbox.push(update);
    });
  }
  const deliver = (person: (typeof people)[number], count = person.inbox.length) => {
    for (const update of person.inbox.splice(0, count)) Y.applyUpdate(person.doc, update, remote);
  };
  const settle = () => {
    while (people.some((person) => person.inbox.length > 0)) people.forEach((person) => deliver(person));
  };
  return { people, deliver, settle };
}

const state = (doc: Y.Doc) => JSON.stringify({ elements: readElements(doc).sort((a, b) => a.id.localeCompare(b.id)), journey: readJourney(doc) });
const notes = (doc: Y.Doc) => readElements(doc).filter((element) => element.type === 'note');

/** Every current stage has its six lanes in its own column, in journey order: no overlaps, no gaps. */
function expectColumnsInOrder(doc: Y.Doc) {
  const stages = readJourney(doc).map((stage) => stage.id);
  const elements = readElements(doc);
  const zones = elements.filter((element): element is ZoneElement => element.type === 'zone');
  readJourney(doc).forEach((stage, index) => {
    // A header an undo unlinked is still the text in the header slot.
    const header = elements.find((element) => element.id === stageHeaderId(doc, stage.id)) ?? elements.find((element) => element.type === 'text' && element.x === stageX(index) && element.y === 0);
    expect(header, stage.id).toMatchObject({ x: stageX(index), y: 0, text: `${index + 1}. ${stage.name || untitledJourneyStage['es-CO']}` });
  });
  stages.forEach((stageId, index) => {
    journeyLanes.forEach((lane, laneIndex) => {
      const lanes = zones.filter((zone) => parseJourneyZoneKey(zone.zoneKey)?.stageId === stageId && parseJourneyZoneKey(zone.zoneKey)?.lane === lane);
      expect(lanes.length, `${stageId} ${lane}`).toBeGreaterThan(0);
      for (const zone of lanes) expect({ x: zone.x, y: zone.y }, `${stageId} ${lane}`).toEqual({ x: stageX(index), y: laneY(laneIndex) });
    });
  });
}

describe('journey board edited by several people at once', () => {
  it('two stages added after the same stage end side by side, each column with its own notes', () => {
    const { people: [ana, luis], settle } = workshop(2);
    const note = addElement(ana!.doc, { type: 'note', x: stageX(2) + 30, y: laneY(1) + 30, text: 'Ventanilla' }, {}, 'ana');
    settle();
    addJourneyStage(ana!.doc, 'De Ana', ana!.editor, 'stage-2');
    addJourneyStage(luis!.doc, 'De Luis', luis!.editor, 'stage-2');
    settle();

    expect(state(ana!.doc)).toBe(state(luis!.doc));
    expect(readJourney(ana!.doc).map((stage) => stage.name).slice(2, 5).sort()).toEqual(['De Ana', 'De Luis', 'Hace el trámite']);
    expectColumnsInOrder(ana!.doc);
    // The note stays in «Hace el trámite», now the fifth column.
    const x = readElements(ana!.doc).find((element) => element.id === note)!.x;
    expect(x).toBe(stageX(4) + 30);
    expect(followJourney(ana!.doc, 'es-CO')).toBe(false);
  });

  it('one person undoing an addition after another person added one leaves no gap', () => {
    const { people: [ana, luis], settle } = workshop(2);
    addJourneyStage(ana!.doc, 'De Ana', ana!.editor, 'stage-1');
    settle();
    addJourneyStage(luis!.doc, 'De Luis', luis!.editor, 'stage-1');
    settle();
    ana!.undo.undo();
    settle();
    expect(readJourney(luis!.doc).map((stage) => stage.name)).toContain('De Luis');
    expect(readJourney(luis!.doc).map((stage) => stage.name)).not.toContain('De Ana');
    expectColumnsInOrder(luis!.doc);
    expect(state(ana!.doc)).toBe(state(luis!.doc));
  });

  /**
   * Random stage actions and notes by three people, delivered in random order, each replica
   * following the journey as the board page does. Undo joins the mix in the second run; there
   * a note may be left without its position (a Yjs limit that hits plain note moves too: undoing
   * a move that won over a concurrent one leaves the key empty), so that run checks that every
   * note is still in the document, and the first that every note is on the board.
   */
  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  it.each(seeds.flatMap((seed) => [[seed, false], [seed, true]] as const))('random concurrent stage edits converge with every note kept (seed %i, undo %s)', (seed, withUndo) => {
    const next = random(seed);
    const pick = <T,>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
    const { people, deliver, settle } = workshop(3);
    const written = new Set<string>();
    for (let step = 0; step < 60; step += 1) {
      const person = pick(people)!;
      const stages = readJourney(person.doc);
      const stage = pick(stages);
      const roll = next();
      if (roll < 0.3) {
        const index = Math.floor(next() * (stages.length + 1));
        written.add(addElement(person.doc, { type: 'note', x: stageX(index) + 20, y: laneY(Math.floor(next() * 6)) + 20, text: `n${step}` }, {}, 'p'));
      } else if (roll < 0.45) addJourneyStage(person.doc, `s${step}`, person.editor, next() < 0.5 ? stage?.id : undefined);
      else if (roll < 0.55 && stage && stages.length > 2) removeJourneyStage(person.doc, stage.id, person.editor);
      else if (roll < 0.7 && stage) moveJourneyStage(person.doc, stage.id, Math.floor(next() * stages.length), person.editor);
      else if (roll < 0.8 && stage) renameJourneyStage(person.doc, stage.id, `r${step}`, person.editor);
      else if (withUndo && roll < 0.88) person.undo.undo();
      else deliver(person, Math.floor(next() * (person.inbox.length + 1)));
    }
    settle();

    const [first, ...others] = people;
    for (const other of others) expect(state(other.doc)).toBe(state(first!.doc));
    expectColumnsInOrder(first!.doc);
    const kept = withUndo ? [...elementsRoot(first!.doc).keys()].filter((id) => written.has(id)) : notes(first!.doc).map((note) => note.id);
    expect(new Set(kept)).toEqual(written);
    for (const person of people) expect(followJourney(person.doc, 'es-CO')).toBe(false);
  });
});
