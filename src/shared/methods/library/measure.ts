import type { MethodCardInput } from './card';

/** Know where you start and whether things changed. */
export const measureCards: MethodCardInput[] = [
  {
    id: 'culture-diagnosis',
    family: 'measure',
    templateId: 'culture-diagnosis',
    duration: { typical: 60, min: 40, max: 90 },
    groupSize: { min: 5, max: 200 },
    text: {
      'es-CO': {
        name: 'Diagnóstico de cultura de innovación',
        purpose: 'Medir cómo percibe el equipo de una entidad su cultura de innovación, por dimensiones, con un cuestionario anónimo, y comparar la línea base con el seguimiento.',
        whenToUse: 'Al empezar un acompañamiento (línea base) y al cerrarlo o un año después (seguimiento).',
        steps: [
          'Acordar con la entidad quién responde (todo el equipo o una muestra) y garantizar el anonimato.',
          'Explicar la escala (1 a 5) y el propósito: mejorar, no evaluar a las personas.',
          'Recoger las respuestas en el tablero, sin nombres.',
          'Revisar el radar por dimensión con el grupo y pedir ejemplos de las dimensiones más bajas.',
          'Elegir una o dos dimensiones para trabajar y registrar la fecha del próximo seguimiento.',
        ],
        materials: ['Tablero «Diagnóstico de cultura de innovación»', 'Cuestionario impreso para quien no use pantalla', 'Urna o sobre para respuestas en papel'],
        publicSector: [
          'Con grupos pequeños (menos de cinco personas por área) no muestres resultados por área: se podría identificar a quien respondió.',
          'Relaciona las dimensiones con la política de gestión del conocimiento y la innovación del MIPG (Decreto 1499 de 2017): ayuda a que la dirección lo adopte.',
          'Que la jefatura no esté presente mientras el equipo responde.',
        ],
      },
      en: {
        name: 'Innovation culture diagnosis',
        purpose: 'Measure how an entity’s team sees its innovation culture, by dimension, with an anonymous questionnaire, and compare the baseline with the follow-up.',
        whenToUse: 'At the start of an engagement (baseline) and at its end or a year later (follow-up).',
        steps: [
          'Agree with the entity who answers (the whole team or a sample) and guarantee anonymity.',
          'Explain the scale (1 to 5) and the purpose: to improve, not to assess people.',
          'Collect the answers on the board, without names.',
          'Review the radar by dimension with the group and ask for examples of the lowest dimensions.',
          'Choose one or two dimensions to work on and record the date of the next follow-up.',
        ],
        materials: ['«Innovation culture diagnosis» board', 'Printed questionnaire for anyone not using a screen', 'Box or envelope for paper answers'],
        publicSector: [
          'With small groups (fewer than five people per area) do not show results per area: the respondents could be identified.',
          'Link the dimensions to MIPG’s knowledge management and innovation policy (Decreto 1499 de 2017): it helps management adopt it.',
          'Managers should not be in the room while the team answers.',
        ],
      },
    },
  },
  {
    id: 'impact-model',
    family: 'measure',
    templateId: 'impact-model',
    duration: { typical: 90, min: 60, max: 120 },
    groupSize: { min: 3, max: 12 },
    text: {
      'es-CO': {
        name: 'Modelo de impacto (teoría de cambio)',
        purpose: 'Explicar cómo la iniciativa produce el cambio esperado (insumos, actividades, productos, resultados, impacto) y definir indicadores con línea base y metas.',
        whenToUse: 'Al formular una iniciativa y antes de empezar a ejecutarla, para saber qué medir desde el primer día.',
        steps: [
          'Escribir el impacto esperado: el cambio en la vida de las personas, no la actividad.',
          'Recorrer la cadena hacia atrás: resultados, productos, actividades e insumos necesarios.',
          'Anotar los supuestos entre cada eslabón («si entregamos X, entonces ocurre Y porque…»).',
          'Definir uno o dos indicadores por resultado, con línea base, meta y fuente.',
          'Acordar quién reporta los avances y con qué periodicidad.',
        ],
        materials: ['Tablero «Modelo de impacto»', 'Indicadores del plan de desarrollo y de los ODS relacionados', 'Datos de línea base'],
        publicSector: [
          'Usa, cuando existan, indicadores ya oficiales (plan de desarrollo, ODS, Sinergia del DNP): facilitan el reporte y la comparación.',
          'Desagrega los indicadores por sexo, edad, etnia y zona (urbana o rural) cuando el dato lo permita: es la base del enfoque diferencial.',
        ],
      },
      en: {
        name: 'Impact model (theory of change)',
        purpose: 'Explain how the initiative brings about the expected change (inputs, activities, outputs, outcomes, impact) and define indicators with baselines and targets.',
        whenToUse: 'When an initiative is being designed and before it starts, so you know what to measure from day one.',
        steps: [
          'Write the expected impact: the change in people’s lives, not the activity.',
          'Walk the chain backwards: outcomes, outputs, activities and the inputs needed.',
          'Write the assumptions between links («if we deliver X, then Y happens because…»).',
          'Define one or two indicators per outcome, with a baseline, a target and a source.',
          'Agree who reports progress and how often.',
        ],
        materials: ['«Impact model» board', 'Related development plan and SDG indicators', 'Baseline data'],
        publicSector: [
          'Where they exist, use official indicators (development plan, SDGs, DNP’s Sinergia): they make reporting and comparison easier.',
          'Disaggregate indicators by sex, age, ethnicity and area (urban or rural) when the data allow it: it is the basis of a differential approach.',
        ],
      },
    },
  },
];
