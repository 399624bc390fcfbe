import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/domain/errors';
import { agendaTotals } from '../../shared/domain/workshop';
import { engineForEachTest } from '../testing/engineForEachTest';

describe('workshop agenda, participants and decisions', () => {
  const fixture = engineForEachTest();

  it('keeps the agenda ordered through add, move, edit and remove, and totals it', async () => {
    const api = fixture.running.client();
    const exercise = await api.createExercise({ title: 'Reto' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller', plannedMinutes: 60 } });
    for (const [activity, minutes] of [['Bienvenida', 10], ['Lluvia de ideas', 40], ['Cierre', 20]] as const) {
      await api.addAgendaItem({ workshopId: workshop.id, fields: { activity, minutes } });
    }
    let current = await api.getWorkshop({ id: workshop.id });
    const closing = current.agenda[2]!;
    current = await api.moveAgendaItem({ workshopId: workshop.id, itemId: closing.id, toIndex: 0 });
    expect(current.agenda.map((item) => item.activity)).toEqual(['Cierre', 'Bienvenida', 'Lluvia de ideas']);
    expect(agendaTotals(current.agenda, 60)).toEqual({ totalMinutes: 70, overrunMinutes: 10 });
    current = await api.updateAgendaItem({ workshopId: workshop.id, itemId: closing.id, fields: { activity: 'Cierre y acuerdos', minutes: 10, method: 'Plenaria', responsible: 'Laura' } });
    expect(current.agenda[0]).toMatchObject({ activity: 'Cierre y acuerdos', minutes: 10, method: 'Plenaria', responsible: 'Laura' });
    current = await api.removeAgendaItem({ workshopId: workshop.id, itemId: closing.id });
    expect(current.agenda.map((item) => item.activity)).toEqual(['Bienvenida', 'Lluvia de ideas']);
    const gone = await api.removeAgendaItem({ workshopId: workshop.id, itemId: closing.id }).catch((caught: unknown) => caught);
    expect((gone as ApiError).code).toBe('not_found');
  });

  it('records decisions with owner, due date and status, and counts participants in the list', async () => {
    const api = fixture.running.client();
    const exercise = await api.createExercise({ title: 'Reto' });
    const workshop = await api.createWorkshop({ exerciseId: exercise.id, fields: { title: 'Taller' } });
    let current = await api.addDecision({ workshopId: workshop.id, fields: { text: 'Piloto en 3 barrios', owner: 'Secretaría TIC', dueDate: '2026-12-15' } });
    const decision = current.decisions[0]!;
    expect(decision.status).toBe('open');
    current = await api.updateDecision({ workshopId: workshop.id, decisionId: decision.id, fields: { ...decision, status: 'done' } });
    expect(current.decisions[0]?.status).toBe('done');
    await api.addParticipant({ workshopId: workshop.id, fields: { name: 'Pedro', sector: 'academia' } });
    await api.addParticipant({ workshopId: workshop.id, fields: { name: 'Lucía', sector: 'public' } });
    const [listed] = await api.listWorkshops({ exerciseId: exercise.id });
    expect(listed?.participantCount).toBe(2);
    const hits = await api.search({ query: 'piloto barrios' });
    expect(hits.map((hit) => hit.id)).toEqual([workshop.id]);
    expect(await api.search({ query: 'Lucía' })).toEqual([]);
  });
});
