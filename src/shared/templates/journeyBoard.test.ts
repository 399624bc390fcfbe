import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { elementsRoot, readElement, readElements } from '../board/elementMaps';
import type { BoardElement, ZoneElement } from '../board/elements';
import { addElement } from '../board/ops';
import { journeyLanes, journeyMap as journeyRoot, readJourney, removeStage, seedJourney } from '../documents/journey';
import { instantiateTemplate } from './instantiate';
import { defaultJourneyStages, journeyGrid, journeyGridBottom, journeyMap, journeyUnplacedArea, laneY, stageX } from './journey-map';
import { addJourneyStage, layoutJourneyBoard, moveJourneyStage, removeJourneyStage, renameJourneyStage, type JourneyEditor } from './journeyBoard';

const editor: JourneyEditor = { origin: { name: 'ana' }, locale: 'es-CO', clientId: 'ana' };

/** A journey board as the app makes it: the template written, then the panel's seeded stages. */
function journeyBoard(): Y.Doc {
  const doc = new Y.Doc();
  instantiateTemplate(doc, journeyMap, 'es-CO', 'ana');
  seedJourney(doc, defaultJourneyStages.map((name) => name['es-CO']));
  return doc;
}

/** A note in a stage's lane, as a participant double-clicks it there. */
function noteIn(doc: Y.Doc, stageIndex: number, laneIndex: number, text: string): string {
  return addElement(doc, { type: 'note', x: stageX(stageIndex) + 40, y: laneY(laneIndex) + 20, text }, { name: 'luis' }, 'luis');
}

const zones = (doc: Y.Doc) => readElements(doc).filter((element): element is ZoneElement => element.type === 'zone');
const zoneOf = (doc: Y.Doc, key: string) => zones(doc).find((zone) => zone.zoneKey === key);
const texts = (doc: Y.Doc) => readElements(doc).filter((element) => element.type === 'text' && element.y === 0).sort((a, b) => a.x - b.x).map((element) => (element as { text: string }).text);
const note = (doc: Y.Doc, id: string) => readElement(doc, id) as BoardElement;

/** The board and the journey as plain values, to compare before and after an undo. */
function snapshot(doc: Y.Doc) {
  const elements = readElements(doc).sort((a, b) => a.id.localeCompare(b.id));
  return JSON.stringify({ elements, journey: readJourney(doc) });
}

function undoFor(doc: Y.Doc) {
  return new Y.UndoManager([elementsRoot(doc), journeyRoot(doc)], { trackedOrigins: new Set([editor.origin]), captureTimeout: 0 });
}

describe('journey board layout', () => {
  it('finds a board made by the template already in place: it only takes over the stage headers', () => {
    const doc = journeyBoard();
    const before = readElements(doc);
    const plan = layoutJourneyBoard(doc, 'rebuild', 'es-CO');
    expect(plan.creations).toEqual([]);
    expect(plan.deletions).toEqual([]);
    expect(plan.links.map((link) => link.stageId)).toEqual(['stage-1', 'stage-2', 'stage-3', 'stage-4', 'stage-5']);
    for (const element of before) {
      const after = readElement(doc, element.id)!;
      expect({ x: after.x, y: after.y, width: after.width, height: after.height }).toEqual({ x: element.x, y: element.y, width: element.width, height: element.height });
    }
    expect(texts(doc)).toEqual(['1. Se entera', '2. Busca información', '3. Hace el trámite', '4. Recibe el servicio', '5. Hace seguimiento']);
  });

  it('adds a column of six locked lane zones and a header after the chosen stage; later columns and their notes shift right', () => {
    const doc = journeyBoard();
    const inFirst = noteIn(doc, 0, 0, 'Ve un aviso');
    const inThird = noteIn(doc, 2, 4, 'Fila larga');
    const id = addJourneyStage(doc, 'Pide cita', editor, 'stage-1')!;

    expect(readJourney(doc).map((stage) => stage.name)).toEqual(['Se entera', 'Pide cita', 'Busca información', 'Hace el trámite', 'Recibe el servicio', 'Hace seguimiento']);
    journeyLanes.forEach((lane, laneIndex) => {
      expect(zoneOf(doc, `${id}-${lane}`)).toMatchObject({ x: stageX(1), y: laneY(laneIndex), width: journeyGrid.stageWidth, height: journeyGrid.laneHeight, locked: true });
      expect(zoneOf(doc, `stage-2-${lane}`)).toMatchObject({ x: stageX(2), y: laneY(laneIndex) });
      expect(zoneOf(doc, `stage-5-${lane}`)).toMatchObject({ x: stageX(5) });
    });
    expect(zoneOf(doc, `${id}-actions`)?.title).toBe('Acciones (etapa 2)');
    expect(zoneOf(doc, 'stage-2-actions')?.title).toBe('Acciones (etapa 3)');
    expect(texts(doc)).toEqual(['1. Se entera', '2. Pide cita', '3. Busca información', '4. Hace el trámite', '5. Recibe el servicio', '6. Hace seguimiento']);
    expect(note(doc, inFirst).x).toBe(stageX(0) + 40);
    expect(note(doc, inThird)).toMatchObject({ x: stageX(3) + 40, y: laneY(4) + 20 });
  });

  it('adds at the end when no stage is named', () => {
    const doc = journeyBoard();
    const id = addJourneyStage(doc, 'Opina', editor)!;
    expect(zoneOf(doc, `${id}-opportunities`)).toMatchObject({ x: stageX(5), y: laneY(5) });
    expect(texts(doc).at(-1)).toBe('6. Opina');
  });

  it('moves a stage with the notes inside its column, and the others make room with theirs', () => {
    const doc = journeyBoard();
    const first = noteIn(doc, 0, 1, 'Radio comunitaria');
    const second = noteIn(doc, 1, 3, 'Confusión');
    const fourth = noteIn(doc, 3, 0, 'Recibe el subsidio');
    const outside = addElement(doc, { type: 'note', x: 300, y: journeyGridBottom + 400, text: 'Fuera del mapa' }, {}, 'luis');
    expect(moveJourneyStage(doc, 'stage-1', 2, editor)).toBe(true);

    expect(zoneOf(doc, 'stage-1-actions')?.x).toBe(stageX(2));
    expect(zoneOf(doc, 'stage-2-actions')?.x).toBe(stageX(0));
    expect(note(doc, first).x).toBe(stageX(2) + 40);
    expect(note(doc, second).x).toBe(stageX(0) + 40);
    expect(note(doc, fourth).x).toBe(stageX(3) + 40);
    expect(note(doc, outside).x).toBe(300);
    expect(texts(doc)).toEqual(['1. Busca información', '2. Hace el trámite', '3. Se entera', '4. Recibe el servicio', '5. Hace seguimiento']);
  });

  it('removes a column and its header, and keeps its notes in a "without a stage" area below the lanes', () => {
    const doc = journeyBoard();
    const lost = [noteIn(doc, 1, 0, 'Pregunta al vecino'), noteIn(doc, 1, 5, 'Un chat de dudas')];
    const next = noteIn(doc, 2, 2, 'Ventanilla');
    expect(removeJourneyStage(doc, 'stage-2', editor)).toEqual({ removed: true, parked: 2 });

    expect(zones(doc).filter((zone) => zone.zoneKey.startsWith('stage-2-'))).toEqual([]);
    expect(zoneOf(doc, 'stage-3-channels')?.x).toBe(stageX(1));
    expect(note(doc, next).x).toBe(stageX(1) + 40);
    expect(texts(doc)).toEqual(['1. Se entera', '2. Hace el trámite', '3. Recibe el servicio', '4. Hace seguimiento']);
    const area = zoneOf(doc, journeyUnplacedArea.key)!;
    expect(area).toMatchObject({ title: 'Sin etapa', locked: true, x: stageX(0) });
    expect(area.y).toBeGreaterThan(journeyGridBottom);
    for (const id of lost) {
      const parked = note(doc, id);
      expect(parked.x).toBeGreaterThanOrEqual(area.x);
      expect(parked.x + parked.width).toBeLessThanOrEqual(area.x + area.width);
      expect(parked.y).toBeGreaterThanOrEqual(area.y);
      expect(parked.y + parked.height).toBeLessThanOrEqual(area.y + area.height);
    }
    const [a, b] = lost.map((id) => note(doc, id));
    expect(a!.x + a!.width <= b!.x || b!.x + b!.width <= a!.x).toBe(true);

    // A second removal parks below what is already there, and the area grows to hold it.
    const more = noteIn(doc, 0, 0, 'Se enteró por la radio');
    removeJourneyStage(doc, 'stage-1', editor);
    const grown = zoneOf(doc, journeyUnplacedArea.key)!;
    expect(note(doc, more).y).toBeGreaterThanOrEqual(Math.max(a!.y + a!.height, b!.y + b!.height));
    expect(note(doc, more).y + note(doc, more).height).toBeLessThanOrEqual(grown.y + grown.height);
    expect(readElements(doc).filter((element) => element.type === 'note')).toHaveLength(4);
  });

  it('removes the empty area once its notes have been taken back to stages', () => {
    const doc = journeyBoard();
    const id = noteIn(doc, 4, 0, 'Llamada de control');
    removeJourneyStage(doc, 'stage-5', editor);
    expect(zoneOf(doc, journeyUnplacedArea.key)).toBeDefined();
    elementsRoot(doc).get(id)!.set('y', laneY(0));
    renameJourneyStage(doc, 'stage-1', 'Se entera del programa', editor);
    expect(zoneOf(doc, journeyUnplacedArea.key)).toBeUndefined();
    expect(texts(doc)[0]).toBe('1. Se entera del programa');
  });

  it('undoes each action, journey and board together, in one step', () => {
    const doc = journeyBoard();
    noteIn(doc, 0, 0, 'Aviso');
    noteIn(doc, 2, 3, 'Molestia');
    const undo = undoFor(doc);
    const actions: [string, () => unknown][] = [
      ['add', () => addJourneyStage(doc, 'Nueva', editor, 'stage-1')],
      ['move', () => moveJourneyStage(doc, 'stage-3', 0, editor)],
      ['remove', () => removeJourneyStage(doc, 'stage-1', editor)],
      ['rename', () => renameJourneyStage(doc, 'stage-4', 'Recibe el apoyo', editor)],
    ];
    for (const [name, act] of actions) {
      const before = snapshot(doc);
      act();
      expect(snapshot(doc), name).not.toBe(before);
      undo.undo();
      expect(snapshot(doc), name).toBe(before);
      undo.redo();
      expect(snapshot(doc), name).not.toBe(before);
    }
    expect(undo.undoStack).toHaveLength(4);
  });

  it('leaves the template zones alone while the journey has never been seeded', () => {
    const doc = new Y.Doc();
    instantiateTemplate(doc, journeyMap, 'es-CO', 'ana');
    const plan = layoutJourneyBoard(doc, 'rebuild', 'es-CO');
    expect(plan.deletions).toEqual([]);
    expect(zones(doc)).toHaveLength(30);
  });

  it('repairs a board whose stages an older Minga changed without touching the board', () => {
    const doc = journeyBoard();
    const inThird = noteIn(doc, 2, 0, 'Hace fila');
    doc.transact(() => removeStage(doc, 'stage-2'));
    addJourneyStage(doc, 'Al final', editor);
    expect(zones(doc).filter((zone) => zone.zoneKey.startsWith('stage-2-'))).toEqual([]);
    expect(texts(doc)).toEqual(['1. Se entera', '2. Hace el trámite', '3. Recibe el servicio', '4. Hace seguimiento', '5. Al final']);
    expect(note(doc, inThird).x).toBe(stageX(1) + 40);
  });
});
