import type { TemplateDefinition } from './definition';

/*
 * Persona / user profile. The zones hold the team's notes; the persona form beside the canvas
 * (tool 'persona') keeps the structured profile (name, age, photo, quote…) in the board document.
 * Photo and quote on the left, goals and frustrations in the middle, context on the right.
 */
export const persona: TemplateDefinition = {
  id: 'persona',
  version: 1,
  name: { 'es-CO': 'Perfil de usuario / persona', en: 'User profile / persona' },
  description: {
    'es-CO': 'Una persona representativa: foto, cita, objetivos, frustraciones y contexto.',
    en: 'A representative person: photo, quote, goals, frustrations and context.',
  },
  tool: 'persona',
  zones: [
    {
      key: 'photo', x: 0, y: 0, width: 400, height: 400, color: '#eef1f4',
      title: { 'es-CO': 'Foto', en: 'Photo' },
      prompt: { 'es-CO': 'Una foto o un dibujo de la persona: agrega una imagen aquí o en la ficha del perfil.', en: 'A photo or drawing of the person: add an image here or in the profile form.' },
    },
    {
      key: 'quote', x: 0, y: 420, width: 400, height: 420, color: '#fff4d6',
      title: { 'es-CO': 'Cita', en: 'Quote' },
      prompt: { 'es-CO': 'Una frase que esta persona diría y que resume su situación.', en: 'A sentence this person would say that sums up their situation.' },
    },
    {
      key: 'goals', x: 420, y: 0, width: 560, height: 410, color: '#e6f5e6',
      title: { 'es-CO': 'Objetivos', en: 'Goals' },
      prompt: { 'es-CO': '¿Qué quiere lograr? ¿Qué necesita del servicio o de la entidad?', en: 'What do they want to achieve? What do they need from the service or the entity?' },
    },
    {
      key: 'frustrations', x: 420, y: 430, width: 560, height: 410, color: '#fde8ef',
      title: { 'es-CO': 'Frustraciones', en: 'Frustrations' },
      prompt: { 'es-CO': '¿Qué se lo impide? ¿Qué le molesta de cómo funcionan hoy las cosas?', en: 'What stands in their way? What annoys them about how things work today?' },
    },
    {
      key: 'context', x: 1000, y: 0, width: 560, height: 840, color: '#e3f1ff',
      title: { 'es-CO': 'Contexto', en: 'Context' },
      prompt: {
        'es-CO': '¿Dónde vive y con quién? ¿Cómo es un día normal? ¿Qué acceso tiene a internet, transporte y trámites?',
        en: 'Where and with whom do they live? What is a normal day like? What access do they have to the internet, transport and public services?',
      },
    },
  ],
  defaultElements: [],
};
