import type { TemplateDefinition } from './definition';

/*
 * Osterwalder's nine blocks in the standard layout: partners, activities and resources on the
 * left, the value proposition in the middle, relationships, channels and segments on the right,
 * costs and revenue along the bottom. 1,780 × 1,020 board units: close to 16:9 at zoom-to-fit.
 */
const column = 340;
const step = 360;
const tall = 700;
const half = 340;

export const businessModelCanvas: TemplateDefinition = {
  id: 'bmc',
  version: 1,
  name: { 'es-CO': 'Lienzo del modelo de negocio', en: 'Business model canvas' },
  description: {
    'es-CO': 'Los nueve bloques del modelo de negocio (o de gestión de un servicio público), cada uno con su pregunta guía.',
    en: 'The nine building blocks of a business model (or of how a public service runs), each with its guiding question.',
  },
  tool: 'none',
  zones: [
    {
      key: 'key-partners', x: 0, y: 0, width: column, height: tall, color: '#e3f1ff',
      title: { 'es-CO': 'Socios clave', en: 'Key partners' },
      prompt: {
        'es-CO': '¿Quiénes son nuestros socios y aliados clave? ¿Qué recursos o actividades obtenemos de ellos?',
        en: 'Who are our key partners and allies? Which resources or activities do we get from them?',
      },
    },
    {
      key: 'key-activities', x: step, y: 0, width: column, height: half, color: '#e3f1ff',
      title: { 'es-CO': 'Actividades clave', en: 'Key activities' },
      prompt: {
        'es-CO': '¿Qué actividades clave requiere nuestra propuesta de valor?',
        en: 'Which key activities does our value proposition require?',
      },
    },
    {
      key: 'key-resources', x: step, y: half + 20, width: column, height: half, color: '#e3f1ff',
      title: { 'es-CO': 'Recursos clave', en: 'Key resources' },
      prompt: {
        'es-CO': '¿Qué recursos clave (personas, datos, infraestructura, normas) requiere nuestra propuesta de valor?',
        en: 'Which key resources (people, data, infrastructure, regulations) does our value proposition require?',
      },
    },
    {
      key: 'value-propositions', x: step * 2, y: 0, width: column, height: tall, color: '#fff4d6',
      title: { 'es-CO': 'Propuesta de valor', en: 'Value propositions' },
      prompt: {
        'es-CO': '¿Qué valor entregamos? ¿Qué problema ayudamos a resolver? ¿Qué necesidad satisfacemos?',
        en: 'What value do we deliver? Which problem do we help solve? Which need do we meet?',
      },
    },
    {
      key: 'customer-relationships', x: step * 3, y: 0, width: column, height: half, color: '#e6f5e6',
      title: { 'es-CO': 'Relación con los clientes', en: 'Customer relationships' },
      prompt: {
        'es-CO': '¿Qué tipo de relación espera cada segmento que establezcamos y mantengamos con él?',
        en: 'What type of relationship does each segment expect us to establish and maintain with them?',
      },
    },
    {
      key: 'channels', x: step * 3, y: half + 20, width: column, height: half, color: '#e6f5e6',
      title: { 'es-CO': 'Canales', en: 'Channels' },
      prompt: {
        'es-CO': '¿Por qué canales quieren nuestros segmentos que los alcancemos? ¿Cuáles funcionan mejor?',
        en: 'Through which channels do our segments want to be reached? Which work best?',
      },
    },
    {
      key: 'customer-segments', x: step * 4, y: 0, width: column, height: tall, color: '#e6f5e6',
      title: { 'es-CO': 'Segmentos de clientes', en: 'Customer segments' },
      prompt: {
        'es-CO': '¿Para quién creamos valor? ¿Quiénes son nuestros usuarios o beneficiarios más importantes?',
        en: 'For whom are we creating value? Who are our most important users or beneficiaries?',
      },
    },
    {
      key: 'cost-structure', x: 0, y: tall + 20, width: 890, height: 300, color: '#fde8ef',
      title: { 'es-CO': 'Estructura de costos', en: 'Cost structure' },
      prompt: {
        'es-CO': '¿Cuáles son los costos más importantes del modelo? ¿Qué recursos y actividades son los más costosos?',
        en: 'What are the most important costs in the model? Which resources and activities are most expensive?',
      },
    },
    {
      key: 'revenue-streams', x: 910, y: tall + 20, width: 870, height: 300, color: '#fde8ef',
      title: { 'es-CO': 'Fuentes de ingresos', en: 'Revenue streams' },
      prompt: {
        'es-CO': '¿Por qué valor están dispuestos a pagar? ¿De dónde vienen los recursos que sostienen el modelo?',
        en: 'For what value are they willing to pay? Where do the funds that sustain the model come from?',
      },
    },
  ],
  defaultElements: [],
};
