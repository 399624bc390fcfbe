import type { MethodToolView } from '../methodTools/types';
import { FinancePrint } from './FinancePrint';
import { FinanceTool } from './FinanceTool';

/** The financial estimate's views, loaded as one chunk on its boards and in their print. */
export const methodView: MethodToolView = {
  Tool: FinanceTool,
  Print: FinancePrint,
};
