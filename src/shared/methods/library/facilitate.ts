import type { MethodCardInput } from './card';

/** Open and close every workshop; no board needed. */
export const facilitateCards: MethodCardInput[] = [
  {
    id: 'check-in',
    family: 'facilitate',
    duration: { typical: 15, min: 10, max: 30 },
    groupSize: { min: 3, max: 40 },
    text: {
      'es-CO': {
        name: 'Ronda de apertura (check-in)',
        purpose: 'Que cada persona se presente, diga cómo llega y qué espera del taller, para que todas las voces entren a la sala desde el principio.',
        whenToUse: 'Al inicio de cada taller, sobre todo cuando el grupo no se conoce o mezcla entidades, ciudadanía y niveles jerárquicos.',
        steps: [
          'Presentar el objetivo del taller y la agenda en dos minutos.',
          'Hacer una pregunta sencilla para todos (por ejemplo: nombre, de dónde viene, qué espera hoy).',
          'Dar la palabra en ronda, con un tiempo corto por persona; la facilitadora responde primero como ejemplo.',
          'Anotar las expectativas y volver a ellas en el cierre.',
        ],
        materials: ['Agenda visible', 'Temporizador', 'Lista de asistencia'],
        publicSector: [
          'Lleva la lista de asistencia con la autorización de tratamiento de datos (Ley 1581 de 2012): di para qué se usan los datos antes de pedirlos.',
          'Pide que todas las personas se presenten por su nombre, no por su cargo: baja el peso de la jerarquía en la sala.',
          'En talleres con comunidades rurales o étnicas, respeta sus formas de saludo y, si aplica, la apertura por parte de sus autoridades.',
        ],
      },
      en: {
        name: 'Opening round (check-in)',
        purpose: 'Let each person introduce themselves, say how they arrive and what they expect, so every voice enters the room from the start.',
        whenToUse: 'At the start of every workshop, especially when people do not know each other or mix agencies, citizens and levels of hierarchy.',
        steps: [
          'Present the workshop’s goal and agenda in two minutes.',
          'Ask one simple question of everyone (for example: name, where they come from, what they expect today).',
          'Go round the room with a short time per person; the facilitator answers first as an example.',
          'Write down the expectations and come back to them at the close.',
        ],
        materials: ['Visible agenda', 'Timer', 'Attendance list'],
        publicSector: [
          'Bring the attendance list with the consent to personal-data processing (Ley 1581 de 2012): say what the data are for before asking for them.',
          'Ask everyone to introduce themselves by name, not job title: it lightens the weight of hierarchy in the room.',
          'In workshops with rural or ethnic communities, respect their greetings and, where it applies, an opening by their own authorities.',
        ],
      },
    },
  },
  {
    id: 'closing-retro',
    family: 'facilitate',
    duration: { typical: 20, min: 10, max: 30 },
    groupSize: { min: 3, max: 40 },
    text: {
      'es-CO': {
        name: 'Cierre y retrospectiva',
        purpose: 'Recoger acuerdos y compromisos con responsable y fecha, y aprender qué funcionó del taller y qué mejorar para el próximo.',
        whenToUse: 'En los últimos minutos de cada taller; no lo sacrifiques si la agenda se alarga.',
        steps: [
          'Leer en voz alta los acuerdos y compromisos, con responsable y fecha.',
          'Volver a las expectativas de la apertura: ¿se cumplieron?',
          'Ronda rápida: qué funcionó, qué mejorar, una palabra para cerrar.',
          'Explicar los siguientes pasos y cuándo llegará la relatoría del taller.',
        ],
        materials: ['Pestaña «Acuerdos y compromisos» del taller', 'Expectativas anotadas en la apertura'],
        publicSector: [
          'Los compromisos de una entidad deben quedar con un responsable con competencia para cumplirlos, no con quien asistió por delegación.',
          'Envía la relatoría en un plazo corto y en lenguaje claro: muchas personas la necesitan como soporte de su participación ante su entidad.',
        ],
      },
      en: {
        name: 'Closing and retrospective',
        purpose: 'Collect decisions and next steps with an owner and a date, and learn what worked in the workshop and what to improve for the next one.',
        whenToUse: 'In the last minutes of every workshop; do not sacrifice it when the agenda runs long.',
        steps: [
          'Read the decisions and next steps aloud, with owners and dates.',
          'Return to the expectations from the opening: were they met?',
          'Quick round: what worked, what to improve, one word to close.',
          'Explain the next steps and when the workshop report will arrive.',
        ],
        materials: ['The workshop’s «Decisions and next steps» tab', 'Expectations written down at the opening'],
        publicSector: [
          'An entity’s commitments should rest with someone who has the authority to fulfil them, not with whoever attended as a delegate.',
          'Send the report soon and in plain language: many attendees need it as proof of their participation to their own entity.',
        ],
      },
    },
  },
];
