import { journeyLanes, type JourneyLane } from '../documents/journey';
import type { LocalizedText, TemplateDefinition, TemplateZone } from './definition';

/*
 * Citizen journey map: five stages of a typical dealing with a public service, as columns, and
 * six lanes as rows. Zone keys are `<stage id>-<lane>` (e.g. `stage-1-actions`), the stage ids
 * the journey panel seeds being `stage-1` …, so notes can be related to their stage (see
 * journeyZones.ts). Lane names sit in a label column on the left, stage names above.
 * 1,940 × 1,100. When the panel adds, removes or reorders stages, journeyLayout.ts redraws the
 * columns on this same grid.
 */
export const defaultJourneyStages: readonly LocalizedText[] = [
  { 'es-CO': 'Se entera', en: 'Becomes aware' },
  { 'es-CO': 'Busca información', en: 'Looks for information' },
  { 'es-CO': 'Hace el trámite', en: 'Goes through the procedure' },
  { 'es-CO': 'Recibe el servicio', en: 'Receives the service' },
  { 'es-CO': 'Hace seguimiento', en: 'Follows up' },
];

/** Each lane's title, guiding question and colour, shared by the template and stages added later. */
export const journeyLaneText: Record<JourneyLane, { title: LocalizedText; prompt: LocalizedText; color: string }> = {
  actions: {
    title: { 'es-CO': 'Acciones', en: 'Actions' },
    prompt: { 'es-CO': '¿Qué hace la persona en esta etapa?', en: 'What does the person do at this stage?' },
    color: '#e3f1ff',
  },
  touchpoints: {
    title: { 'es-CO': 'Puntos de contacto', en: 'Touchpoints' },
    prompt: { 'es-CO': '¿Con qué o con quién interactúa (personas, documentos, lugares)?', en: 'What or whom do they interact with (people, documents, places)?' },
    color: '#efe8fb',
  },
  channels: {
    title: { 'es-CO': 'Canales', en: 'Channels' },
    prompt: { 'es-CO': '¿Por qué medio: ventanilla, teléfono, web, WhatsApp, radio?', en: 'Through which channel: counter, phone, web, WhatsApp, radio?' },
    color: '#eef1f4',
  },
  emotions: {
    title: { 'es-CO': 'Emociones', en: 'Emotions' },
    prompt: { 'es-CO': '¿Cómo se siente? La curva de emociones está en el panel del mapa de viaje.', en: 'How do they feel? The emotion curve is in the journey map panel.' },
    color: '#fff4d6',
  },
  'pain-points': {
    title: { 'es-CO': 'Puntos de dolor', en: 'Pain points' },
    prompt: { 'es-CO': '¿Qué le cuesta, le frustra o le hace desistir?', en: 'What is hard, frustrating or makes them give up?' },
    color: '#fde8ef',
  },
  opportunities: {
    title: { 'es-CO': 'Oportunidades', en: 'Opportunities' },
    prompt: { 'es-CO': '¿Cómo podríamos mejorar esta etapa?', en: 'How might we improve this stage?' },
    color: '#e6f5e6',
  },
};

/** The grid every journey board is drawn on; `journeyLayout.ts` keeps boards on it as stages change. */
export const journeyGrid = { labelWidth: 200, stageWidth: 340, laneHeight: 160, gap: 10, headerHeight: 80 } as const;
const { labelWidth, stageWidth, laneHeight, gap, headerHeight } = journeyGrid;

/** Left edge of the stage column at `index` (0-based). */
export function stageX(index: number): number {
  return labelWidth + gap + index * (stageWidth + gap);
}

/** Top edge of the lane at `index` (0-based, in `journeyLanes` order). */
export function laneY(index: number): number {
  return headerHeight + gap + index * (laneHeight + gap);
}

/** Bottom edge of the last lane: below it nothing belongs to a stage. */
export const journeyGridBottom = laneY(journeyLanes.length - 1) + laneHeight;

/** A lane's title in its zone: the lane and the stage's place (`Acciones (etapa 2)`). */
export function journeyZoneTitle(lane: JourneyLane, stageNumber: number): LocalizedText {
  return {
    'es-CO': `${journeyLaneText[lane].title['es-CO']} (etapa ${stageNumber})`,
    en: `${journeyLaneText[lane].title.en} (stage ${stageNumber})`,
  };
}

/** The label above a stage's column (`2. Busca información`). */
export function journeyHeaderText(stageNumber: number, name: string): string {
  return `${stageNumber}. ${name}`;
}

/** The header of a stage whose name was cleared. */
export const untitledJourneyStage: LocalizedText = { 'es-CO': 'Etapa sin nombre', en: 'Untitled stage' };

/**
 * Where the notes of a removed stage go: one area below the lanes, created when first needed,
 * so nothing a group wrote disappears with a column and nothing lands in the wrong stage.
 */
export const journeyUnplacedArea = {
  key: 'journey-unplaced',
  title: { 'es-CO': 'Sin etapa', en: 'Without a stage' },
  prompt: {
    'es-CO': 'Notas de etapas que se eliminaron. Llévalas a otra etapa o bórralas.',
    en: 'Notes from removed stages. Move them to another stage or delete them.',
  },
  color: '#f4f1ea',
} as const satisfies { key: string; title: LocalizedText; prompt: LocalizedText; color: string };

function zonesFor(stageIndex: number): TemplateZone[] {
  const n = stageIndex + 1;
  return journeyLanes.map((lane, laneIndex) => ({
    key: `stage-${n}-${lane}`,
    x: stageX(stageIndex),
    y: laneY(laneIndex),
    width: stageWidth,
    height: laneHeight,
    color: journeyLaneText[lane].color,
    title: journeyZoneTitle(lane, n),
    prompt: journeyLaneText[lane].prompt,
  }));
}

export const journeyMap: TemplateDefinition = {
  id: 'journey-map',
  version: 1,
  name: { 'es-CO': 'Mapa de viaje del ciudadano', en: 'Citizen journey map' },
  description: {
    'es-CO': 'Las etapas de la experiencia de una persona con un servicio, con sus acciones, puntos de contacto, canales, emociones, puntos de dolor y oportunidades.',
    en: 'The stages of a person’s experience of a service, with their actions, touchpoints, channels, emotions, pain points and opportunities.',
  },
  tool: 'journey',
  zones: defaultJourneyStages.flatMap((_, index) => zonesFor(index)),
  defaultElements: [
    ...defaultJourneyStages.map((name, index) => ({
      type: 'text' as const,
      x: stageX(index), y: 0, width: stageWidth, height: headerHeight,
      text: { 'es-CO': journeyHeaderText(index + 1, name['es-CO']), en: journeyHeaderText(index + 1, name.en) },
    })),
    ...journeyLanes.map((lane, index) => ({
      type: 'text' as const,
      x: 0, y: laneY(index), width: labelWidth, height: laneHeight,
      text: journeyLaneText[lane].title,
    })),
  ],
};
