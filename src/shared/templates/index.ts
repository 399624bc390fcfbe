import { benchmarking } from './benchmarking';
import { blankTemplate } from './blank';
import { businessModelCanvas } from './bmc';
import type { TemplateDefinition } from './definition';
import { cultureDiagnosis } from './culture-diagnosis';
import { empathyMap } from './empathy-map';
import { financialEstimate } from './financial-estimate';
import { ideation } from './ideation';
import { impactModel } from './impact-model';
import { journeyMap } from './journey-map';
import { persona } from './persona';
import { stakeholderMap } from './stakeholder-map';
import { strategicPlan } from './strategic-plan';
import { swot } from './swot';
import { valuePropositionCanvas } from './value-proposition';

export { instantiateTemplate, type TemplateLocale } from './instantiate';
export { TemplateDefinition, TemplateZone, LocalizedText, methodTools, isMethodTool, type MethodTool } from './definition';

/**
 * Every board template, in the order the "new board" dialog lists them. A new template is one
 * file in this folder, one import and one entry here, and its id in `boardKinds`
 * (src/shared/domain/board.ts); a test checks both lists agree and every template is valid.
 */
export const templates: readonly TemplateDefinition[] = [
  blankTemplate, businessModelCanvas, valuePropositionCanvas, stakeholderMap, empathyMap, persona, journeyMap, ideation, swot,
  benchmarking, strategicPlan, financialEstimate, cultureDiagnosis, impactModel,
];

export function templateById(id: string): TemplateDefinition | undefined {
  return templates.find((template) => template.id === id);
}
