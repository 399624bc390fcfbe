import type { LocalizedText } from '../../templates/definition';

/**
 * The default instrument of the innovation culture diagnosis, as data in both languages. It is
 * written into a board's document the first time the board is opened (see `seedCultureInstrument`
 * in documents/culture.ts), in the language of whoever opens it, and from then on it belongs to
 * the board: the team may rename, add and remove dimensions and items.
 *
 * The statements follow the lessons the centre documented with the OECD: public agencies fear the
 * risk of failing before control bodies, treat innovation as something an innovation unit does for
 * them, align it poorly with the operational plans on which servants are assessed, and rely on a
 * few motivated officials. Ids are fixed, so two windows seeding at once write the same entries.
 */
export interface InstrumentItem {
  id: string;
  text: LocalizedText;
  /** A negatively worded statement: its score is 6 − the answer, so 5 always means "more innovative". */
  reversed: boolean;
}

export interface InstrumentDimension {
  id: string;
  name: LocalizedText;
  items: readonly InstrumentItem[];
}

const item = (id: string, es: string, en: string, reversed = false): InstrumentItem => ({ id, text: { 'es-CO': es, en }, reversed });

/** The name the baseline round starts with, in the board's language (renamed freely afterwards). */
export const baselineRoundName: Record<'es-CO' | 'en', string> = { 'es-CO': 'Línea base', en: 'Baseline' };

export const defaultInstrument: readonly InstrumentDimension[] = [
  {
    id: 'leadership',
    name: { 'es-CO': 'Liderazgo y estrategia', en: 'Leadership and strategy' },
    items: [
      item('leadership-1', 'La alta dirección promueve la innovación con su ejemplo y sus decisiones.', 'Senior management promotes innovation through its example and its decisions.'),
      item('leadership-2', 'La innovación está incluida en los planes operativos con los que se evalúa nuestro trabajo.', 'Innovation is part of the operational plans our work is assessed against.'),
      item('leadership-3', 'La entidad asigna tiempo y recursos para explorar nuevas soluciones.', 'The entity sets aside time and resources to explore new solutions.'),
      item('leadership-4', 'Innovar es tarea de una oficina o de un centro externo, no de mi equipo.', 'Innovating is the job of an office or an outside centre, not of my team.', true),
    ],
  },
  {
    id: 'experimentation',
    name: { 'es-CO': 'Experimentación y manejo del riesgo', en: 'Experimentation and risk' },
    items: [
      item('experimentation-1', 'Podemos probar ideas a pequeña escala antes de implementarlas del todo.', 'We can test ideas on a small scale before rolling them out.'),
      item('experimentation-2', 'Cuando un piloto falla, analizamos qué aprendimos en lugar de buscar culpables.', 'When a pilot fails, we look at what we learned instead of looking for someone to blame.'),
      item('experimentation-3', 'El temor a sanciones de los organismos de control nos impide probar cosas nuevas.', 'Fear of sanctions from oversight bodies stops us from trying new things.', true),
      item('experimentation-4', 'Contamos con orientación para gestionar los riesgos de un proyecto de innovación.', 'We have guidance to manage the risks of an innovation project.'),
    ],
  },
  {
    id: 'collaboration',
    name: { 'es-CO': 'Colaboración y apertura', en: 'Collaboration and openness' },
    items: [
      item('collaboration-1', 'Trabajamos con otras áreas de la entidad para resolver problemas comunes.', 'We work with other areas of the entity to solve shared problems.'),
      item('collaboration-2', 'Buscamos y aprovechamos experiencias de otras entidades públicas.', 'We look for and learn from the experience of other public entities.'),
      item('collaboration-3', 'Co-creamos con la academia, las empresas y las organizaciones sociales.', 'We co-create with academia, companies and civil society organisations.'),
    ],
  },
  {
    id: 'people',
    name: { 'es-CO': 'Personas y capacidades', en: 'People and skills' },
    items: [
      item('people-1', 'Los equipos reciben formación en métodos de innovación.', 'Teams are trained in innovation methods.'),
      item('people-2', 'Las ideas de cualquier servidor se escuchan, sin importar su cargo.', 'Any public servant’s ideas are heard, whatever their position.'),
      item('people-3', 'Se reconoce a quienes proponen y prueban mejoras.', 'People who propose and test improvements are recognised.'),
    ],
  },
  {
    id: 'citizens',
    name: { 'es-CO': 'Foco en la ciudadanía', en: 'Citizen focus' },
    items: [
      item('citizens-1', 'Conocemos las necesidades de las personas usuarias antes de diseñar un servicio.', 'We understand the needs of the people we serve before designing a service.'),
      item('citizens-2', 'Involucramos a la ciudadanía en el diseño y la prueba de los servicios.', 'We involve citizens in designing and testing services.'),
      item('citizens-3', 'Usamos la opinión de las personas usuarias para mejorar lo que hacemos.', 'We use the feedback of the people we serve to improve what we do.'),
    ],
  },
  {
    id: 'data',
    name: { 'es-CO': 'Datos y tecnología', en: 'Data and technology' },
    items: [
      item('data-1', 'Tomamos decisiones con base en datos y evidencia.', 'We make decisions based on data and evidence.'),
      item('data-2', 'Las herramientas digitales disponibles nos permiten trabajar de nuevas maneras.', 'The digital tools we have let us work in new ways.'),
      item('data-3', 'Medimos el efecto de los cambios que hacemos desde el inicio.', 'We measure the effect of the changes we make from the start.'),
    ],
  },
];

/** The agreement scale: 1 … 5 with a label each, plus «No sé / no aplica», which no mean counts. */
export const likertPoints = [1, 2, 3, 4, 5] as const;
export type LikertPoint = (typeof likertPoints)[number];
