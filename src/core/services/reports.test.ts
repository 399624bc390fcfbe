import { describe, expect, it } from 'vitest';
import { ExerciseReport, WorkshopReport } from '../../shared/contract/reports';
import type { ApiError } from '../../shared/domain/errors';
import { engineForEachTest } from '../testing/engineForEachTest';
import { reportExample, seedReportExercise } from '../testing/reportExercise';
import { reportAttendance } from './reports';

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (error as ApiError).code);

describe('reports service', () => {
  const fixture = engineForEachTest();

  it('gathers a workshop report: header, agenda, boards by zone with votes, decisions and indicators', async () => {
    const api = fixture.running.client();
    const ids = await seedReportExercise(api);
    const report = WorkshopReport.parse(await api.workshopReport({ id: ids.workshopId }));

    expect(report.exercise).toEqual({ id: ids.exerciseId, title: reportExample.exercise, leadEntity: reportExample.leadEntity });
    expect(report.workshop).toMatchObject({ title: reportExample.workshop, date: '2026-03-14', municipality: 'Sotaquirá', department: 'Boyacá', startTime: '08:30' });
    expect(report.facilitators).toEqual(['Camila Rojas', 'Andrés Gómez']);
    expect(report.agenda.map((item) => item.activity)).toEqual(reportExample.agenda);
    expect(report.decisions.map((decision) => [decision.text, decision.owner])).toEqual(reportExample.decisions.map((decision) => [decision.text, decision.owner]));

    const [board] = report.boards;
    expect(board).toMatchObject({ id: ids.boardId, title: reportExample.board, kind: 'swot', hiddenNotes: 1 });
    expect(board!.groups.map((group) => [group.kind, group.zoneKey, group.notes.map((note) => [note.text, note.votes])])).toEqual([
      ['zone', 'strengths', [[reportExample.strengths[0], 2], [reportExample.strengths[1], 0]]],
      ['zone', 'threats', [[reportExample.threats, 1]]],
    ]);
    expect(board!.voting).toMatchObject({ voterCount: 2, dotsPerVoter: 3 });
    expect(board!.voting!.ranking.slice(0, 2).map((entry) => [entry.headline, entry.votes])).toEqual([[reportExample.strengths[0], 2], [reportExample.threats, 1]]);
    // Private mode: the hidden note is counted, its text is nowhere in the report.
    expect(JSON.stringify(report)).not.toContain(reportExample.hidden);

    expect(report.indicators).toEqual([
      expect.objectContaining({ title: reportExample.indicator, baseline: { value: 100, date: '2026-01-01' }, target: { period: '2026', value: 300 }, latest: { period: '2026-06', value: 200 }, progress: 0.5 }),
    ]);
  });

  it('names only participants who consented, and counts everyone by sector', async () => {
    const api = fixture.running.client();
    const ids = await seedReportExercise(api);
    const report = await api.workshopReport({ id: ids.workshopId });
    expect(report.attendance).toEqual({
      total: 3,
      bySector: [{ sector: 'public', count: 1 }, { sector: 'citizen', count: 2 }],
      consenting: [
        { name: reportExample.consenting[0], organisation: 'Junta de acción comunal', sector: 'citizen' },
        { name: reportExample.consenting[1], organisation: 'Alcaldía', sector: 'public' },
      ],
      withoutConsent: 1,
    });
    // Nothing of the non-consenting participant leaves the core: name, organisation, e-mail.
    for (const text of [reportExample.notConsenting, 'Organización Reservada', 'marta@example.org']) {
      expect(JSON.stringify(report)).not.toContain(text);
      expect(JSON.stringify(await api.exerciseReport({ id: ids.exerciseId }))).not.toContain(text);
    }
  });

  it('counts by sector even when nobody consented', () => {
    const person = (name: string, sector: 'public' | 'academia') => ({ id: name, name, organisation: '', sector, role: '', email: '', consent: false, consentDate: '', consentNoticeVersion: '' });
    const attendance = reportAttendance([person('a', 'academia'), person('b', 'public'), person('c', 'academia')]);
    expect(attendance).toEqual({ total: 3, bySector: [{ sector: 'public', count: 1 }, { sector: 'academia', count: 2 }], consenting: [], withoutConsent: 3 });
  });

  it('gathers an exercise report: overview, totals per currency, indicators and every workshop', async () => {
    const api = fixture.running.client();
    const ids = await seedReportExercise(api);
    const report = ExerciseReport.parse(await api.exerciseReport({ id: ids.exerciseId }));
    expect(report.exercise).toMatchObject({ title: reportExample.exercise, leadEntity: reportExample.leadEntity, sdgs: [6, 11], phase: 'ideate', team: ['Camila Rojas', 'Andrés Gómez'] });
    expect(report.contributions).toEqual({ count: 2, totals: { COP: 250_000_000_00, USD: 12_000_00 } });
    expect(report.indicators[0]).toMatchObject({ title: reportExample.indicator, progress: 0.5 });
    expect(report.workshops.map((workshop) => [workshop.title, workshop.participants, workshop.boardCount, workshop.decisions.length])).toEqual([
      [reportExample.workshop, 3, 1, 2],
      [reportExample.secondWorkshop, 1, 0, 1],
    ]);
    expect(report.workshops[1]!.bySector).toEqual([{ sector: 'academia', count: 1 }]);
  });

  it('leaves a board in the trash out, and answers not_found for unknown or wrong-kind ids', async () => {
    const api = fixture.running.client();
    const ids = await seedReportExercise(api);
    await api.deleteBoard({ id: ids.boardId });
    expect((await api.workshopReport({ id: ids.workshopId })).boards).toEqual([]);
    expect(await codeOf(api.workshopReport({ id: ids.exerciseId }))).toBe('not_found');
    expect(await codeOf(api.exerciseReport({ id: ids.workshopId }))).toBe('not_found');
    expect(await codeOf(api.workshopReport({ id: 'not-an-id' } as never))).toBe('invalid_input');
  });
});
