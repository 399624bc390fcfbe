import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { namespaces } from '../../i18n/catalog';
import { changesNothing, problemText, summaryLines } from './kumuText';

const t = () => i18next.getFixedT('es-CO', 'actorExchange');

describe('Kumu import texts', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'es-CO', ns: ['actorExchange'], resources: { 'es-CO': { actorExchange: namespaces.actorExchange['es-CO'] } } });
  });

  it('says where a refusal is: file, sheet, row and column, with the value', () => {
    expect(problemText({ code: 'bad_value', file: 'actores.xlsx', sheet: 'elements', row: 12, column: 'Power', value: 'alto' }, t())).toBe(
      'No se importó nada. Valor no válido «alto» en Archivo «actores.xlsx», hoja Elements, fila 12, columna «Power».',
    );
    expect(problemText({ code: 'missing_column', sheet: 'connections', column: 'To' }, t())).toBe('No se importó nada. Falta la columna «To» (hoja Connections).');
  });

  it('summarises what an import will do, naming each skipped connection', () => {
    const summary = {
      newActors: Array.from({ length: 12 }, (_, index) => `Actor ${index + 1}`),
      updatedActors: ['Alcaldía', 'Gremio', 'Junta'],
      unchangedActors: 0,
      newConnections: 4,
      updatedConnections: 0,
      retypedConnections: 0,
      skippedConnections: [
        { row: 3, from: 'Alcaldía', to: 'Nadie', reason: 'unknown_actor' as const },
        { row: 5, from: 'Gremio', to: 'Gremio', reason: 'same_actor' as const },
      ],
    };
    expect(summaryLines(summary, t())).toEqual([
      '12 actores nuevos: Actor 1, Actor 2, Actor 3, Actor 4, Actor 5, Actor 6, Actor 7, Actor 8 y 4 más',
      '3 actualizados: Alcaldía, Gremio, Junta',
      '4 conexiones nuevas',
      '2 conexiones omitidas:',
      'fila 3: «Alcaldía» → «Nadie» (actor desconocido)',
      'fila 5: «Gremio» → «Gremio» (un actor consigo mismo)',
    ]);
    expect(changesNothing(summary)).toBe(false);
    expect(changesNothing({ ...summary, newActors: [], updatedActors: [], newConnections: 0 })).toBe(true);
  });
});
