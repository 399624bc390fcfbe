import { defineNamespace } from './define';

/** The search page: accent-insensitive search across exercises, workshops and boards. */
export const search = defineNamespace({
  'es-CO': {
    title: 'Buscar',
    subtitle: 'Busca en títulos, campos y notas de todos tus ejercicios, talleres y tableros. No importan las tildes.',
    field: 'Qué quieres buscar',
    submit: 'Buscar',
    resultsFor_one: '{{count}} resultado para «{{query}}»',
    resultsFor_other: '{{count}} resultados para «{{query}}»',
    results: 'Resultados de la búsqueda',
    noResultsTitle: 'No encontramos nada para «{{query}}»',
    noResultsBody: 'Prueba con otra palabra o con menos palabras.',
    startTitle: 'Escribe lo que buscas',
    startBody: 'Por ejemplo, el nombre de una entidad, un municipio o una idea de un tablero.',
    kind: {
      exercise: 'Ejercicio',
      workshop: 'Taller',
      board: 'Tablero',
    },
  },
  en: {
    title: 'Search',
    subtitle: 'Search the titles, fields and notes of all your exercises, workshops and boards. Accents do not matter.',
    field: 'What are you looking for',
    submit: 'Search',
    resultsFor_one: '{{count}} result for “{{query}}”',
    resultsFor_other: '{{count}} results for “{{query}}”',
    results: 'Search results',
    noResultsTitle: 'Nothing found for “{{query}}”',
    noResultsBody: 'Try another word, or fewer words.',
    startTitle: 'Type what you are looking for',
    startBody: 'For example, the name of an entity, a municipality or an idea from a board.',
    kind: {
      exercise: 'Exercise',
      workshop: 'Workshop',
      board: 'Board',
    },
  },
});
