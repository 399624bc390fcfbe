import { describe, expect, it } from 'vitest';
import { businessModelCanvas } from './bmc';
import { TemplateDefinition } from './definition';
import { empathyMap } from './empathy-map';
import { ideation } from './ideation';
import { journeyMap } from './journey-map';
import { persona } from './persona';
import { stakeholderMap } from './stakeholder-map';
import { swot } from './swot';
import { valuePropositionCanvas } from './value-proposition';

const all = [businessModelCanvas, valuePropositionCanvas, stakeholderMap, empathyMap, persona, journeyMap, ideation, swot];

function bounds(template: TemplateDefinition) {
  const rects = [...template.zones, ...template.defaultElements];
  const left = Math.min(...rects.map((rect) => rect.x));
  const top = Math.min(...rects.map((rect) => rect.y));
  const right = Math.max(...rects.map((rect) => rect.x + rect.width));
  const bottom = Math.max(...rects.map((rect) => rect.y + rect.height));
  return { width: right - left, height: bottom - top };
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(all.map((template) => [template.id, template] as const))('template %s', (_id, template) => {
  it('is a valid definition with every text in both languages', () => {
    expect(TemplateDefinition.parse(template)).toEqual(template);
    const texts = [template.name, template.description, ...template.zones.flatMap((zone) => [zone.title, zone.prompt]), ...template.defaultElements.map((element) => element.text)];
    for (const text of texts) {
      expect(text['es-CO'].trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
  });

  it('has unique zone keys and zones that do not overlap', () => {
    const keys = template.zones.map((zone) => zone.key);
    expect(new Set(keys).size).toBe(keys.length);
    template.zones.forEach((zone, index) => {
      for (const other of template.zones.slice(index + 1)) expect(overlap(zone, other), `${zone.key} / ${other.key}`).toBe(false);
    });
  });

  it('fits a 16:9 projection at zoom-to-fit without leaving most of the screen empty', () => {
    const { width, height } = bounds(template);
    const aspect = width / height;
    expect(aspect).toBeGreaterThan(1.3);
    expect(aspect).toBeLessThan(2.1);
    // At 1920 × 1080 zoom-to-fit, a zone's title (24 units) must stay readable (≥ 12 px).
    expect(Math.min(1920 / width, 1080 / height) * 24).toBeGreaterThanOrEqual(12);
  });
});

describe('template specifics', () => {
  it('keeps the nine business model blocks and the glossary names', () => {
    expect(businessModelCanvas.zones).toHaveLength(9);
    expect(businessModelCanvas.zones.map((zone) => zone.title['es-CO'])).toContain('Relación con los clientes');
    expect(stakeholderMap.zones.map((zone) => zone.title.en).sort()).toEqual(['Keep informed', 'Keep satisfied', 'Manage closely', 'Monitor']);
    expect(empathyMap.zones.map((zone) => zone.key)).toEqual(['says', 'thinks', 'does', 'feels', 'pains', 'gains']);
  });

  it('names journey zones by stage and lane', () => {
    expect(journeyMap.zones).toHaveLength(30);
    expect(journeyMap.zones[0]?.key).toBe('stage-1-actions');
    expect(journeyMap.zones.at(-1)?.key).toBe('stage-5-opportunities');
  });

  it('links each structured tool to its template', () => {
    expect(Object.fromEntries(all.map((template) => [template.id, template.tool]))).toMatchObject({
      'stakeholder-map': 'stakeholders', persona: 'persona', 'journey-map': 'journey', ideation: 'ideation', swot: 'none',
    });
    expect(ideation.defaultElements[0]?.text['es-CO']).toBe('¿Cómo podríamos…?');
  });
});
