import { describe, expect, it } from 'vitest';
import type { ExerciseSummary } from '../../../shared/domain/exercise';
import { filterExercises } from './exerciseFilter';

const exercise = (title: string, leadEntity: string): ExerciseSummary => ({
  id: crypto.randomUUID(),
  title,
  leadEntity,
  phase: 'explore',
  archived: false,
  startDate: '',
  workshopCount: 0,
  updatedAt: '2025-01-01T00:00:00.000Z',
});

const list = [exercise('Participación ciudadana en Bogotá', 'Alcaldía Mayor'), exercise('Trámites en línea', 'MinTIC'), exercise('Datos abiertos', 'Gobernación de Nariño')];

describe('filterExercises', () => {
  it('ignores accents and case', () => {
    expect(filterExercises(list, 'PARTICIPACION bogota').map((item) => item.title)).toEqual(['Participación ciudadana en Bogotá']);
  });

  it('matches the lead entity too', () => {
    expect(filterExercises(list, 'narino').map((item) => item.title)).toEqual(['Datos abiertos']);
  });

  it('requires every word', () => {
    expect(filterExercises(list, 'tramites bogota')).toEqual([]);
  });

  it('returns the whole list for a blank filter', () => {
    expect(filterExercises(list, '   ')).toBe(list);
  });
});
