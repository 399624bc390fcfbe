import { blankTemplate } from './blank';
import { businessModelCanvas } from './bmc';
import type { TemplateDefinition } from './definition';
import { empathyMap } from './empathy-map';
import { ideation } from './ideation';
import { journeyMap } from './journey-map';
import { persona } from './persona';
import { stakeholderMap } from './stakeholder-map';
import { swot } from './swot';
import { valuePropositionCanvas } from './value-proposition';

export { instantiateTemplate, type TemplateLocale } from './instantiate';
export { TemplateDefinition, TemplateZone, LocalizedText } from './definition';

/**
 * Every board template, in the order the "new board" dialog lists them. A new template is one
 * file in this folder, one import and one entry here, and its id in `boardKinds`
 * (src/shared/domain/board.ts); a test checks both lists agree and every template is valid.
 */
export const templates: readonly TemplateDefinition[] = [
  blankTemplate, businessModelCanvas, valuePropositionCanvas, stakeholderMap, empathyMap, persona, journeyMap, ideation, swot,
];

export function templateById(id: string): TemplateDefinition | undefined {
  return templates.find((template) => template.id === id);
}
