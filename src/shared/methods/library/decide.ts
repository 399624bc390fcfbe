import type { MethodCardInput } from './card';

/** Narrow the options down and agree on a direction. */
export const decideCards: MethodCardInput[] = [
  {
    id: 'swot',
    family: 'decide',
    templateId: 'swot',
    duration: { typical: 60, min: 45, max: 90 },
    groupSize: { min: 3, max: 15 },
    text: {
      'es-CO': {
        name: 'Análisis DOFA',
        purpose: 'Reconocer debilidades, oportunidades, fortalezas y amenazas del reto o de la entidad y cruzarlas para elegir estrategias.',
        whenToUse: 'Antes de un plan estratégico o al decidir si una iniciativa es viable con las capacidades actuales.',
        steps: [
          'Acordar el objeto del análisis (la entidad, el programa o el reto) y el horizonte de tiempo.',
          'Escribir fortalezas y debilidades (internas) y luego oportunidades y amenazas (externas).',
          'Depurar: unir repetidas y pedir un ejemplo o dato para cada nota.',
          'Cruzar los cuadrantes: estrategias FO (usar fortalezas para aprovechar oportunidades), DO, FA y DA.',
          'Priorizar tres estrategias y llevarlas al plan estratégico.',
        ],
        materials: ['Tablero «DOFA»', 'Notas adhesivas', 'Diagnósticos previos o informes de gestión'],
        publicSector: [
          'Considera el calendario político (Ley de Garantías, cambio de gobierno) y el plan de desarrollo vigente como oportunidades o amenazas reales.',
          'Las debilidades de una entidad pública pueden ser sensibles: acuerda antes qué parte del DOFA irá en el informe público (Ley 1712 de 2014 de transparencia).',
        ],
      },
      en: {
        name: 'SWOT analysis',
        purpose: 'Recognise the strengths, weaknesses, opportunities and threats of the challenge or the entity and cross them to choose strategies.',
        whenToUse: 'Before a strategic plan, or when deciding whether an initiative is feasible with current capabilities.',
        steps: [
          'Agree the subject of the analysis (the entity, the programme or the challenge) and the time horizon.',
          'Write strengths and weaknesses (internal), then opportunities and threats (external).',
          'Clean up: merge repeats and ask for an example or a figure for each note.',
          'Cross the quadrants: SO strategies (use strengths to seize opportunities), WO, ST and WT.',
          'Prioritise three strategies and take them to the strategic plan.',
        ],
        materials: ['«SWOT» board', 'Sticky notes', 'Earlier assessments or management reports'],
        publicSector: [
          'Treat the political calendar (electoral restrictions, change of administration) and the current development plan as real opportunities or threats.',
          'A public entity’s weaknesses can be sensitive: agree beforehand which part of the SWOT goes into the public report (Ley 1712 de 2014 on transparency).',
        ],
      },
    },
  },
  {
    id: 'dot-voting',
    family: 'decide',
    duration: { typical: 20, min: 10, max: 30 },
    groupSize: { min: 4, max: 60 },
    text: {
      'es-CO': {
        name: 'Votación por puntos y priorización',
        purpose: 'Hacer visibles las preferencias del grupo en pocos minutos y decidir qué opciones siguen, sin que domine quien más habla.',
        whenToUse: 'Al final de una ideación o cuando hay más opciones de las que se pueden trabajar.',
        steps: [
          'Recordar el criterio de votación (impacto para la ciudadanía, viabilidad, urgencia).',
          'Dar a cada persona un número fijo de votos: la tercera parte de las opciones, hasta cinco.',
          'Votar en silencio y de forma anónima durante un tiempo fijo.',
          'Mostrar los resultados y ordenar las opciones por número de votos.',
          'Conversar sobre las sorpresas y confirmar en voz alta qué opciones pasan.',
        ],
        materials: ['Votación de Minga (o puntos adhesivos)', 'Tablero con las opciones agrupadas', 'Temporizador'],
        publicSector: [
          'La votación orienta pero no reemplaza la decisión de quien tiene la competencia legal: dilo antes de votar para no generar falsas expectativas.',
          'Registra los resultados en el acta del taller: muestra a los órganos de control y a la ciudadanía cómo se priorizó.',
        ],
      },
      en: {
        name: 'Dot voting and prioritisation',
        purpose: 'Make the group’s preferences visible in a few minutes and decide which options move on, without the loudest voice winning.',
        whenToUse: 'At the end of an ideation, or whenever there are more options than can be worked on.',
        steps: [
          'Restate the voting criterion (impact for citizens, feasibility, urgency).',
          'Give each person a fixed number of votes: a third of the options, up to five.',
          'Vote silently and anonymously for a fixed time.',
          'Show the results and rank the options by votes.',
          'Discuss the surprises and say aloud which options go forward.',
        ],
        materials: ['Minga voting (or sticky dots)', 'Board with the options clustered', 'Timer'],
        publicSector: [
          'The vote guides but does not replace the decision of whoever holds the legal mandate: say so before voting to avoid false expectations.',
          'Record the results in the workshop minutes: it shows oversight bodies and citizens how priorities were set.',
        ],
      },
    },
  },
];
