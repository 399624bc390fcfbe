import { journeyLanes, type JourneyLane } from '../documents/journey';
import type { LocalizedText, TemplateDefinition, TemplateZone } from './definition';

/*
 * Citizen journey map: five stages of a typical dealing with a public service, as columns, and
 * six lanes as rows. Zone keys are `stage-<n>-<lane>` (e.g. `stage-1-actions`), matching the
 * stage ids the journey panel seeds (`stage-1` …), so notes can be related to their stage.
 * Lane names sit in a label column on the left, stage names above. 1,940 × 1,100.
 */
export const defaultJourneyStages: readonly LocalizedText[] = [
  { 'es-CO': 'Se entera', en: 'Becomes aware' },
  { 'es-CO': 'Busca información', en: 'Looks for information' },
  { 'es-CO': 'Hace el trámite', en: 'Goes through the procedure' },
  { 'es-CO': 'Recibe el servicio', en: 'Receives the service' },
  { 'es-CO': 'Hace seguimiento', en: 'Follows up' },
];

const laneText: Record<JourneyLane, { title: LocalizedText; prompt: LocalizedText; color: string }> = {
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

const labelWidth = 200;
const stageWidth = 340;
const laneHeight = 160;
const gap = 10;
const headerHeight = 80;

function stageX(index: number): number {
  return labelWidth + gap + index * (stageWidth + gap);
}

function laneY(index: number): number {
  return headerHeight + gap + index * (laneHeight + gap);
}

function zonesFor(stageIndex: number): TemplateZone[] {
  const n = stageIndex + 1;
  return journeyLanes.map((lane, laneIndex) => ({
    key: `stage-${n}-${lane}`,
    x: stageX(stageIndex),
    y: laneY(laneIndex),
    width: stageWidth,
    height: laneHeight,
    color: laneText[lane].color,
    title: {
      'es-CO': `${laneText[lane].title['es-CO']} (etapa ${n})`,
      en: `${laneText[lane].title.en} (stage ${n})`,
    },
    prompt: laneText[lane].prompt,
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
      text: { 'es-CO': `${index + 1}. ${name['es-CO']}`, en: `${index + 1}. ${name.en}` },
    })),
    ...journeyLanes.map((lane, index) => ({
      type: 'text' as const,
      x: 0, y: laneY(index), width: labelWidth, height: laneHeight,
      text: laneText[lane].title,
    })),
  ],
};
