import { api } from '../../app/api';
import type { MethodToolView } from '../methodTools/types';
import { ImpactPrint } from './ImpactPrint';
import { ImpactTool } from './ImpactTool';
import './impact.css';

/** The impact model: theory of change and the exercise's indicators with their progress charts. */
export const methodView: MethodToolView = {
  Tool: ImpactTool,
  Print: ImpactPrint,
  // The indicators live in the exercise document: the print view gets them before it paints.
  loadPrintData: ({ exerciseId }) => api.listIndicators({ exerciseId }),
};
