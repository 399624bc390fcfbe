import type { MethodCardInput } from './card';

/** Turn the chosen direction into a model, a plan and a budget. */
export const planCards: MethodCardInput[] = [
  {
    id: 'business-model-canvas',
    family: 'plan',
    templateId: 'bmc',
    duration: { typical: 90, min: 60, max: 120 },
    groupSize: { min: 3, max: 10 },
    text: {
      'es-CO': {
        name: 'Lienzo del modelo de negocio',
        purpose: 'Describir en una sola página cómo funcionará una solución o un servicio público: a quién sirve, qué ofrece, con quién, con qué recursos y a qué costo.',
        whenToUse: 'Cuando una idea priorizada necesita volverse un modelo operable y sostenible, antes de estimar costos.',
        steps: [
          'Empezar por los segmentos y la propuesta de valor (del lienzo de propuesta de valor si existe).',
          'Completar canales y relación con la ciudadanía o los usuarios.',
          'Completar actividades, recursos y socios clave.',
          'Completar estructura de costos y fuentes de ingresos o de financiación.',
          'Leer el lienzo de derecha a izquierda buscando incoherencias y anotar los supuestos más riesgosos.',
        ],
        materials: ['Tablero «Lienzo del modelo de negocio»', 'Propuesta de valor trabajada', 'Datos de costos de referencia'],
        publicSector: [
          'En un servicio público, las «fuentes de ingresos» suelen ser presupuesto, regalías, cooperación o tasas: nómbralas con su vigencia y sus restricciones de uso.',
          'Los socios clave que requieren contrato o convenio pasan por la Ley 80 de 1993 y sus modalidades de selección: inclúyelos en el cronograma desde ya.',
        ],
      },
      en: {
        name: 'Business model canvas',
        purpose: 'Describe on one page how a solution or public service will work: whom it serves, what it offers, with whom, with what resources and at what cost.',
        whenToUse: 'When a prioritised idea has to become an operable, sustainable model, before estimating costs.',
        steps: [
          'Start with the segments and the value proposition (from the value proposition canvas if there is one).',
          'Fill in channels and the relationship with citizens or users.',
          'Fill in key activities, resources and partners.',
          'Fill in the cost structure and the revenue or funding streams.',
          'Read the canvas right to left looking for inconsistencies and note the riskiest assumptions.',
        ],
        materials: ['«Business model canvas» board', 'The value proposition worked out', 'Reference cost data'],
        publicSector: [
          'For a public service, «revenue streams» are usually budget, royalties, international cooperation or fees: name them with their fiscal year and spending restrictions.',
          'Key partners that need a contract or agreement go through Ley 80 de 1993 and its selection procedures: put them in the schedule now.',
        ],
      },
    },
  },
  {
    id: 'strategic-plan',
    family: 'plan',
    templateId: 'strategic-plan',
    duration: { typical: 120, min: 90, max: 180 },
    groupSize: { min: 3, max: 12 },
    text: {
      'es-CO': {
        name: 'Plan estratégico',
        purpose: 'Pasar de la visión a objetivos, iniciativas con responsable y fechas, e hitos, en una línea de tiempo que el equipo pueda seguir.',
        whenToUse: 'Después de decidir la dirección (DOFA, priorización) y antes de comprometer recursos.',
        steps: [
          'Escribir el reto y la visión a la fecha final del plan.',
          'Definir de tres a cinco objetivos medibles que acerquen a la visión.',
          'Para cada objetivo, listar iniciativas con responsable, fecha de inicio y de fin.',
          'Marcar los hitos que el equipo y la dirección revisarán.',
          'Revisar la línea de tiempo: cargas simultáneas, dependencias y fechas imposibles.',
        ],
        materials: ['Tablero «Plan estratégico»', 'Resultados del DOFA o de la priorización', 'Plan de desarrollo y plan de acción de la entidad'],
        publicSector: [
          'Alinea los objetivos con el plan de desarrollo (Ley 152 de 1994) y con el plan de acción institucional del MIPG: facilita que se asignen recursos.',
          'Ten en cuenta la anualidad del presupuesto: lo que pase de una vigencia a otra necesita vigencias futuras aprobadas.',
          'Las fechas de contratación pública son largas; suma los tiempos de los procesos de selección a cada iniciativa que los necesite.',
        ],
      },
      en: {
        name: 'Strategic plan',
        purpose: 'Go from the vision to objectives, initiatives with owners and dates, and milestones, on a timeline the team can follow.',
        whenToUse: 'After choosing the direction (SWOT, prioritisation) and before committing resources.',
        steps: [
          'Write the challenge and the vision as of the plan’s end date.',
          'Define three to five measurable objectives that move towards the vision.',
          'For each objective, list initiatives with an owner, a start date and an end date.',
          'Mark the milestones the team and management will review.',
          'Review the timeline: simultaneous loads, dependencies and impossible dates.',
        ],
        materials: ['«Strategic plan» board', 'SWOT or prioritisation results', 'The development plan and the entity’s action plan'],
        publicSector: [
          'Align the objectives with the development plan (Ley 152 de 1994) and the MIPG institutional action plan: it makes funding easier.',
          'Mind the annual budget rule: anything spanning two fiscal years needs approved multi-year commitments (vigencias futuras).',
          'Public procurement takes time; add the selection process to every initiative that needs one.',
        ],
      },
    },
  },
  {
    id: 'financial-estimate',
    family: 'plan',
    templateId: 'financial-estimate',
    duration: { typical: 90, min: 60, max: 120 },
    groupSize: { min: 2, max: 8 },
    text: {
      'es-CO': {
        name: 'Estimación financiera (costo-beneficio)',
        purpose: 'Estimar costos y beneficios por periodo de una iniciativa y calcular la relación beneficio-costo, el valor presente neto y el periodo de recuperación.',
        whenToUse: 'Cuando hay que justificar una inversión ante la dirección, el concejo o un financiador, o comparar alternativas.',
        steps: [
          'Definir el horizonte (años) y la tasa de descuento que se usará.',
          'Listar costos de inversión y de operación por periodo, con su fuente.',
          'Listar beneficios por periodo: ahorros para la entidad y para la ciudadanía (tiempo, desplazamientos).',
          'Revisar los indicadores: relación beneficio-costo, VPN y periodo de recuperación.',
          'Probar un escenario pesimista (costos +20 %, beneficios −20 %) y anotar qué decisión cambia.',
        ],
        materials: ['Tablero «Estimación financiera»', 'Cotizaciones o precios de referencia', 'Datos de demanda del servicio'],
        publicSector: [
          'Para proyectos de inversión pública, usa la Metodología General Ajustada (MGA) del DNP y su tasa social de descuento cuando el proyecto se vaya a registrar.',
          'Los precios de referencia están en la Tienda Virtual del Estado (Colombia Compra Eficiente) y en el SECOP: cita la fuente de cada costo.',
          'Valora el ahorro de tiempo de la ciudadanía aunque no entre al presupuesto: suele ser el beneficio principal de simplificar un trámite.',
        ],
      },
      en: {
        name: 'Financial estimate (cost-benefit)',
        purpose: 'Estimate an initiative’s costs and benefits per period and compute the benefit-cost ratio, net present value and payback period.',
        whenToUse: 'When an investment has to be justified to management, the council or a funder, or alternatives compared.',
        steps: [
          'Set the horizon (years) and the discount rate to use.',
          'List investment and operating costs per period, with their source.',
          'List benefits per period: savings for the entity and for citizens (time, travel).',
          'Review the indicators: benefit-cost ratio, NPV and payback period.',
          'Try a pessimistic scenario (costs +20 %, benefits −20 %) and note which decision changes.',
        ],
        materials: ['«Financial estimate» board', 'Quotes or reference prices', 'Service demand data'],
        publicSector: [
          'For public investment projects, use DNP’s Metodología General Ajustada (MGA) and its social discount rate when the project will be registered.',
          'Reference prices are in the State’s Virtual Store (Colombia Compra Eficiente) and SECOP: cite the source of each cost.',
          'Value citizens’ time savings even though they do not enter the budget: they are often the main benefit of simplifying a procedure.',
        ],
      },
    },
  },
];
