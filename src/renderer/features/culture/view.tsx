import type { MethodToolView } from '../methodTools/types';
import { CulturePrint } from './CulturePrint';
import { CultureTool } from './CultureTool';

/** The innovation culture diagnosis: its screen and its printed section. */
export const methodView: MethodToolView = {
  Tool: CultureTool,
  Print: CulturePrint,
};
