import * as Y from 'yjs';
import type { AppApi } from '../../shared/contract';
import { castDot, endVotingSession, openBallot, startVotingSession } from '../../shared/board/facilitation/votingDoc';
import { addNote, readElements } from '../../shared/documents/boardDoc';

/**
 * One exercise with everything a report prints: a workshop with agenda, participants with and
 * without consent, decisions with owners, a SWOT board with notes in its zones (one hidden by
 * private mode) and a finished dot vote, indicators and contributions, and a second workshop.
 * Used by the reports' unit tests and the end-to-end seed (tests/e2e/fixtures/reportSeed.ts).
 */
export const reportExample = {
  exercise: 'Agua potable para Sotaquirá',
  leadEntity: 'Alcaldía de Sotaquirá',
  workshop: 'Taller de cocreación en la vereda',
  secondWorkshop: 'Taller de seguimiento',
  consenting: ['Ana Lucía Peña', 'Jorge Iván Ruiz'],
  notConsenting: 'Marta Quintero Reservada',
  agenda: ['Bienvenida y encuadre', 'Mapa de actores', 'Lluvia de ideas', 'Votación por puntos', 'Acuerdos y cierre'],
  decisions: [{ text: 'Presentar la propuesta al concejo municipal', owner: 'Secretaría de Planeación' }, { text: 'Visitar la planta de tratamiento', owner: 'Jorge Iván Ruiz' }],
  board: 'DOFA del acueducto veredal',
  strengths: ['Comunidad organizada en junta', 'Fuentes de agua cercanas'],
  threats: 'Sequía prolongada',
  hidden: 'Idea secreta todavía oculta',
  indicator: 'Hogares con agua potable',
} as const;

export async function seedReportExercise(api: AppApi) {
  const example = reportExample;
  const exercise = await api.createExercise({
    title: example.exercise, leadEntity: example.leadEntity, challenge: '¿Cómo podríamos llevar agua potable a las veredas?',
    otherActors: ['Gobernación de Boyacá', 'Universidad Pedagógica'], sdgs: [6, 11], phase: 'ideate',
    startDate: '2026-02-01', endDate: '2026-11-30', team: ['Camila Rojas', 'Andrés Gómez'],
  });
  const workshop = await api.createWorkshop({
    exerciseId: exercise.id,
    fields: { title: example.workshop, date: '2026-03-14', municipality: 'Sotaquirá', department: 'Boyacá', objective: 'Priorizar soluciones con la comunidad.', plannedMinutes: 240, startTime: '08:30' },
  });
  for (const [index, activity] of example.agenda.entries()) {
    await api.addAgendaItem({ workshopId: workshop.id, fields: { activity, minutes: 20 + index * 10, responsible: 'Camila Rojas' } });
  }
  const consent = { consent: true, consentDate: '2026-03-14', consentNoticeVersion: '1.0' };
  await api.addParticipant({ workshopId: workshop.id, fields: { name: example.consenting[0], organisation: 'Junta de acción comunal', sector: 'citizen', ...consent } });
  await api.addParticipant({ workshopId: workshop.id, fields: { name: example.consenting[1], organisation: 'Alcaldía', sector: 'public', ...consent } });
  await api.addParticipant({ workshopId: workshop.id, fields: { name: example.notConsenting, organisation: 'Organización Reservada', sector: 'citizen', email: 'marta@example.org' } });
  for (const decision of example.decisions) await api.addDecision({ workshopId: workshop.id, fields: { ...decision, dueDate: '2026-04-30' } });

  const board = await api.createBoard({ workshopId: workshop.id, fields: { title: example.board, kind: 'swot' } });
  await fillSwotBoard(api, board.id);

  const [indicator] = await api.addIndicator({
    exerciseId: exercise.id,
    fields: { title: example.indicator, unit: 'hogares', baseline: { value: 100, date: '2026-01-01' }, targets: [{ period: '2026', value: 300 }] },
  });
  await api.recordActual({ exerciseId: exercise.id, indicatorId: indicator!.id, actual: { period: '2026-06', value: 200 } });
  await api.addContribution({ exerciseId: exercise.id, fields: { contributor: 'Gobernación de Boyacá', amountMinor: 250_000_000_00, currency: 'COP' } });
  await api.addContribution({ exerciseId: exercise.id, fields: { contributor: 'PNUD', amountMinor: 12_000_00, currency: 'USD', kind: 'in_kind' } });

  const second = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: example.secondWorkshop, date: '2026-05-20', municipality: 'Tunja', department: 'Boyacá' } });
  await api.addParticipant({ workshopId: second.id, fields: { name: 'Luis Fernando Soto', sector: 'academia', ...consent } });
  await api.addDecision({ workshopId: second.id, fields: { text: 'Medir el caudal cada mes', owner: 'Universidad Pedagógica' } });
  return { exerciseId: exercise.id, workshopId: workshop.id, secondWorkshopId: second.id, boardId: board.id };
}

/** Notes in the SWOT's zones, a hidden one, and a dot vote (Ana 2 dots, Jorge 1) ended. */
async function fillSwotBoard(api: AppApi, boardId: string) {
  const { state } = await api.openBoard({ id: boardId });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const before = Y.encodeStateVector(doc);
  const zones = new Map(readElements(doc).flatMap((element) => (element.type === 'zone' ? [[element.zoneKey, element] as const] : [])));
  const place = (zoneKey: string, index: number) => {
    const zone = zones.get(zoneKey)!;
    return { x: zone.x + 20 + index * 200, y: zone.y + 60 };
  };
  const ids = { first: 'note-strength-1', second: 'note-strength-2', threat: 'note-threat', hidden: 'note-hidden' };
  doc.transact(() => {
    addNote(doc, { id: ids.first, text: reportExample.strengths[0], ...place('strengths', 0) });
    addNote(doc, { id: ids.second, text: reportExample.strengths[1], ...place('strengths', 1) });
    addNote(doc, { id: ids.threat, text: reportExample.threats, ...place('threats', 0) });
    addNote(doc, { id: ids.hidden, text: reportExample.hidden, hidden: true, ...place('opportunities', 0) });
  });
  startVotingSession(doc, { dotsPerVoter: 3, scope: { kind: 'all' }, anonymous: false }, Date.parse('2026-03-14T15:00:00Z'));
  const ana = openBallot(doc, 'Ana')!;
  castDot(doc, ana, ids.first);
  castDot(doc, ana, ids.first);
  const jorge = openBallot(doc, 'Jorge')!;
  castDot(doc, jorge, ids.threat);
  endVotingSession(doc, Date.parse('2026-03-14T15:10:00Z'));
  await api.applyBoardUpdate({ id: boardId, update: Y.encodeStateAsUpdate(doc, before) });
  await api.closeBoard({ id: boardId });
  doc.destroy();
}
