import type { Language } from './portfolio';

/**
 * The dashboard's text in Spanish (Colombia) and English: the hub's pages and CSV headers. The
 * desktop's catalogues live in the renderer, which the hub may not import; these are few.
 */
const es = {
  title: 'Portafolio de innovación pública',
  signIn: 'Iniciar sesión', signOut: 'Cerrar sesión', email: 'Correo electrónico', password: 'Contraseña',
  signInFailed: 'No se pudo iniciar sesión: revise el correo y la contraseña.',
  signInThrottled: 'Demasiados intentos. Espere unos minutos e inténtelo de nuevo.',
  signedInAs: 'Sesión de', otherLanguage: 'English',
  totals: 'Totales del portafolio',
  entitiesAccompanied: 'Entidades acompañadas', actorsLinked: 'Actores vinculados', exercises: 'Ejercicios', workshops: 'Talleres',
  participants: 'Participantes', contributionsCop: 'Aportes (COP)', contributionsUsd: 'Aportes (USD)',
  filters: 'Filtros', department: 'Departamento', sdg: 'ODS', phase: 'Fase', facilitator: 'Facilitador(a)', any: 'Todos',
  apply: 'Filtrar', clear: 'Quitar filtros', downloadCsv: 'Descargar CSV',
  exerciseList: 'Ejercicios', noExercises: 'No hay ejercicios con estos filtros.',
  exerciseTitle: 'Ejercicio', leadEntity: 'Entidad líder', sdgs: 'ODS', departments: 'Departamentos', facilitators: 'Facilitadores',
  startDate: 'Inicio', endDate: 'Fin', boards: 'Tableros', archived: 'Archivado', id: 'Id',
  back: 'Volver al portafolio', date: 'Fecha', municipality: 'Municipio', modality: 'Modalidad',
  indicators: 'Indicadores', indicator: 'Indicador', unit: 'Unidad', baseline: 'Línea base', target: 'Meta', current: 'Último valor real', progress: 'Avance',
  noIndicators: 'Este ejercicio aún no registra indicadores.',
  noWorkshops: 'Sin talleres sincronizados.', participantsBySector: 'Participantes por sector', actorsByType: 'Actores por tipo',
  boardsByKind: 'Tableros por tipo', notFound: 'No existe ese ejercicio o no tiene acceso a él.', yes: 'Sí', no: 'No',
  contributionsNote: 'Los aportes en pesos y en dólares se suman por separado: no se aplica ninguna tasa de cambio.',
  contributions: 'Aportes', noContributions: 'Este ejercicio aún no registra aportes.', contributor: 'Aportante', contributionKind: 'Tipo de aporte',
  contributionKinds: { cash: 'En dinero', in_kind: 'En especie' }, amount: 'Monto', currency: 'Moneda', exerciseId: 'Id del ejercicio',
  baselineDate: 'Fecha de línea base', targetPeriod: 'Periodo de la meta', currentPeriod: 'Periodo del actual', progressPercent: 'Avance (%)',
  source: 'Fuente', responsible: 'Responsable', downloadIndicatorsCsv: 'Descargar indicadores (CSV)', downloadContributionsCsv: 'Descargar aportes (CSV)',
  phases: { explore: 'Explorar', ideate: 'Idear', prototype: 'Prototipar', test: 'Probar', implement: 'Implementar', scale: 'Escalar' },
  sectors: { public: 'Público', private: 'Privado', civil_society: 'Sociedad civil', academia: 'Academia', international: 'Cooperación internacional', citizen: 'Ciudadanía' },
  modalities: { in_person: 'Presencial', virtual: 'Virtual', hybrid: 'Híbrida' },
};

export type Messages = typeof es;

const en: Messages = {
  title: 'Public innovation portfolio',
  signIn: 'Sign in', signOut: 'Sign out', email: 'Email', password: 'Password',
  signInFailed: 'Could not sign in: check the email and password.',
  signInThrottled: 'Too many attempts. Wait a few minutes and try again.',
  signedInAs: 'Signed in as', otherLanguage: 'Español',
  totals: 'Portfolio totals',
  entitiesAccompanied: 'Entities accompanied', actorsLinked: 'Actors linked', exercises: 'Exercises', workshops: 'Workshops',
  participants: 'Participants', contributionsCop: 'Contributions (COP)', contributionsUsd: 'Contributions (USD)',
  filters: 'Filters', department: 'Department', sdg: 'SDG', phase: 'Phase', facilitator: 'Facilitator', any: 'All',
  apply: 'Filter', clear: 'Clear filters', downloadCsv: 'Download CSV',
  exerciseList: 'Exercises', noExercises: 'No exercises match these filters.',
  exerciseTitle: 'Exercise', leadEntity: 'Lead entity', sdgs: 'SDGs', departments: 'Departments', facilitators: 'Facilitators',
  startDate: 'Start', endDate: 'End', boards: 'Boards', archived: 'Archived', id: 'Id',
  back: 'Back to the portfolio', date: 'Date', municipality: 'Municipality', modality: 'Modality',
  indicators: 'Indicators', indicator: 'Indicator', unit: 'Unit', baseline: 'Baseline', target: 'Target', current: 'Latest actual', progress: 'Progress',
  noIndicators: 'This exercise records no indicators yet.',
  noWorkshops: 'No workshops synced.', participantsBySector: 'Participants by sector', actorsByType: 'Actors by type',
  boardsByKind: 'Boards by kind', notFound: 'There is no such exercise, or you have no access to it.', yes: 'Yes', no: 'No',
  contributionsNote: 'Contributions in pesos and in dollars are added up separately: no exchange rate is applied.',
  contributions: 'Contributions', noContributions: 'This exercise records no contributions yet.', contributor: 'Contributor', contributionKind: 'Kind of contribution',
  contributionKinds: { cash: 'Cash', in_kind: 'In kind' }, amount: 'Amount', currency: 'Currency', exerciseId: 'Exercise id',
  baselineDate: 'Baseline date', targetPeriod: 'Target period', currentPeriod: 'Actual period', progressPercent: 'Progress (%)',
  source: 'Source', responsible: 'Responsible', downloadIndicatorsCsv: 'Download indicators (CSV)', downloadContributionsCsv: 'Download contributions (CSV)',
  phases: { explore: 'Explore', ideate: 'Ideate', prototype: 'Prototype', test: 'Test', implement: 'Implement', scale: 'Scale' },
  sectors: { public: 'Public', private: 'Private', civil_society: 'Civil society', academia: 'Academia', international: 'International cooperation', citizen: 'Citizens' },
  modalities: { in_person: 'In person', virtual: 'Virtual', hybrid: 'Hybrid' },
};

export const messages: Record<Language, Messages> = { 'es-CO': es, en };

/** Numbers as the language writes them (1.234.567 in Colombia, 1,234,567 in English). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** A label for a value of a closed list, or the value itself when a newer client sent something unknown. */
export function label(list: Record<string, string>, value: string): string {
  return Object.hasOwn(list, value) ? list[value]! : value;
}
