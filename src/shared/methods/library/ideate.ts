import type { MethodCardInput } from './card';

/** Generate and shape options once the problem is understood. */
export const ideateCards: MethodCardInput[] = [
  {
    id: 'ideation',
    family: 'ideate',
    templateId: 'ideation',
    duration: { typical: 60, min: 40, max: 90 },
    groupSize: { min: 4, max: 30 },
    text: {
      'es-CO': {
        name: 'Ideación «¿Cómo podríamos…?»',
        purpose: 'Generar muchas ideas a partir de una pregunta «¿Cómo podríamos…?», agruparlas por afinidad y elegir las más prometedoras con votación por puntos.',
        whenToUse: 'Cuando el problema ya está definido y hace falta abrir opciones antes de decidir.',
        steps: [
          'Escribir la pregunta «¿Cómo podríamos…?» en lo alto del tablero, acordada con el grupo.',
          'Lluvia de ideas individual en silencio (8 minutos): cantidad antes que calidad, una idea por nota.',
          'Compartir en rondas cortas, sin juzgar; se vale construir sobre la idea de otra persona.',
          'Agrupar por afinidad y nombrar cada grupo.',
          'Votación por puntos: tres votos por persona, anónimos.',
          'Revisar las ideas más votadas y anotar qué haría falta para probarlas.',
        ],
        materials: ['Tablero «Ideación»', 'Notas adhesivas', 'Temporizador y votación de Minga'],
        publicSector: [
          'Formula la pregunta dentro de las competencias de la entidad; si la solución depende de otra entidad, anótala como aliada y no como responsable.',
          'Usa la votación anónima cuando haya jefes en la sala: las ideas del personal de base no deben perder votos por la jerarquía.',
          'Si participa ciudadanía, explica al inicio qué pasará con sus ideas (Ley 1757 de 2015 de participación): crear expectativas sin respuesta desgasta la confianza.',
        ],
      },
      en: {
        name: '«How might we…?» ideation',
        purpose: 'Generate many ideas from a «How might we…?» question, cluster them by affinity and pick the most promising with dot voting.',
        whenToUse: 'When the problem is defined and options need to be opened up before deciding.',
        steps: [
          'Write the «How might we…?» question, agreed with the group, at the top of the board.',
          'Silent individual brainstorm (8 minutes): quantity before quality, one idea per note.',
          'Share in short rounds without judging; building on someone else’s idea is welcome.',
          'Cluster by affinity and name each cluster.',
          'Dot voting: three anonymous votes per person.',
          'Review the most-voted ideas and note what it would take to test them.',
        ],
        materials: ['«Ideation» board', 'Sticky notes', 'Minga’s timer and voting'],
        publicSector: [
          'Frame the question within the entity’s mandate; if the solution depends on another agency, note it as an ally, not as the owner.',
          'Use anonymous voting when managers are in the room: frontline ideas should not lose votes to hierarchy.',
          'If citizens take part, explain at the start what will happen to their ideas (Ley 1757 de 2015 on participation): raising expectations without an answer wears trust down.',
        ],
      },
    },
  },
  {
    id: 'value-proposition',
    family: 'ideate',
    templateId: 'value-proposition',
    duration: { typical: 60, min: 45, max: 90 },
    groupSize: { min: 2, max: 8 },
    text: {
      'es-CO': {
        name: 'Lienzo de propuesta de valor',
        purpose: 'Comprobar que una solución responde a los trabajos, frustraciones y alegrías reales de las personas usuarias, y no solo a lo que la entidad quiere ofrecer.',
        whenToUse: 'Cuando ya hay una idea de servicio y hay que afinarla o compararla con lo que la gente necesita.',
        steps: [
          'Elegir un segmento (un perfil de usuario) y completar su perfil: trabajos, frustraciones, alegrías.',
          'Ordenar frustraciones y alegrías de la más a la menos importante para esa persona.',
          'Describir la solución: productos y servicios, aliviadores de frustraciones, creadores de alegrías.',
          'Unir con líneas cada aliviador con la frustración que resuelve; lo que no se une, sobra o falta.',
          'Anotar las hipótesis que hay que probar con personas reales.',
        ],
        materials: ['Tablero «Lienzo de propuesta de valor»', 'Perfil de usuario o mapa de empatía'],
        publicSector: [
          'En lo público el «cliente» es la ciudadanía y también quien opera el servicio: haz un perfil para cada uno si la solución cambia su trabajo.',
          'Un servicio gratuito también compite: con el intermediario, con no hacer el trámite o con otro canal; inclúyelo como alternativa.',
        ],
      },
      en: {
        name: 'Value proposition canvas',
        purpose: 'Check that a solution answers the real jobs, pains and gains of the people who use it, not only what the entity wants to offer.',
        whenToUse: 'When there is already a service idea to refine or to compare with what people need.',
        steps: [
          'Choose a segment (a user profile) and fill in its profile: jobs, pains, gains.',
          'Rank pains and gains from most to least important for that person.',
          'Describe the solution: products and services, pain relievers, gain creators.',
          'Draw a line from each pain reliever to the pain it solves; whatever is left unlinked is surplus or missing.',
          'Write down the hypotheses to test with real people.',
        ],
        materials: ['«Value proposition canvas» board', 'User profile or empathy map'],
        publicSector: [
          'In the public sector the «customer» is the citizen and also whoever runs the service: make a profile for each if the solution changes their work.',
          'A free service still competes: with middlemen, with not doing the procedure at all, or with another channel; include them as alternatives.',
        ],
      },
    },
  },
];
