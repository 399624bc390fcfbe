import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readElements } from '../board/elementMaps';
import { boardKinds } from '../domain/board';
import { TemplateDefinition } from './definition';
import { instantiateTemplate, templateById, templates } from './index';

describe('template registry', () => {
  it('has exactly one valid template per board kind', () => {
    expect(templates.map((template) => template.id)).toEqual([...boardKinds]);
    for (const template of templates) {
      expect(() => TemplateDefinition.parse(template), template.id).not.toThrow();
      expect(new Set(template.zones.map((zone) => zone.key)).size, `${template.id} zone keys`).toBe(template.zones.length);
    }
    expect(templateById('swot')?.id).toBe('swot');
    expect(templateById('kanban')).toBeUndefined();
  });

  it.each(templates.map((template) => [template.id, template] as const))('instantiates %s in both languages', (_id, template) => {
    for (const locale of ['es-CO', 'en'] as const) {
      const doc = new Y.Doc();
      const created = instantiateTemplate(doc, template, locale, 'facilitator');
      const elements = readElements(doc);
      // every written element validates (readElements drops invalid ones)
      expect(elements).toHaveLength(template.zones.length + template.defaultElements.length);
      expect(created).toHaveLength(elements.length);
      const zones = elements.filter((element) => element.type === 'zone');
      expect(zones.map((zone) => zone.zoneKey).sort()).toEqual(template.zones.map((zone) => zone.key).sort());
      for (const zone of zones) {
        const source = template.zones.find((candidate) => candidate.key === zone.zoneKey)!;
        expect(zone).toMatchObject({ locked: true, title: source.title[locale], x: source.x, width: source.width, createdBy: 'facilitator' });
      }
      // zones sit behind the default elements
      const maxZoneZ = Math.max(0, ...zones.map((zone) => zone.z));
      expect(elements.filter((element) => element.type !== 'zone').every((element) => element.z > maxZoneZ)).toBe(true);
    }
  });

  it('writes default text in the chosen language', () => {
    const template: TemplateDefinition = TemplateDefinition.parse({
      id: 'demo', version: 1, name: { 'es-CO': 'Demo', en: 'Demo' }, description: { 'es-CO': '', en: '' },
      zones: [{ key: 'one', title: { 'es-CO': 'Uno', en: 'One' }, prompt: { 'es-CO': '¿Qué?', en: 'What?' }, x: 0, y: 0, width: 10, height: 10, color: '#ffffff' }],
      defaultElements: [
        { type: 'text', x: 0, y: 0, width: 100, height: 40, text: { 'es-CO': '¿Cómo podríamos…?', en: 'How might we…?' } },
        { type: 'note', x: 0, y: 50, width: 100, height: 40, text: { 'es-CO': 'Idea', en: 'Idea' } },
        { type: 'frame', x: 0, y: 0, width: 500, height: 400, text: { 'es-CO': 'Paso 1', en: 'Step 1' } },
      ],
    });
    const doc = new Y.Doc();
    instantiateTemplate(doc, template, 'en', 'f');
    const byType = Object.fromEntries(readElements(doc).map((element) => [element.type, element]));
    expect(byType.zone).toMatchObject({ title: 'One', prompt: 'What?', zoneKey: 'one' });
    expect(byType.text).toMatchObject({ text: 'How might we…?' });
    expect(byType.note).toMatchObject({ text: 'Idea' });
    expect(byType.frame).toMatchObject({ title: 'Step 1', order: 0 });
  });
});
