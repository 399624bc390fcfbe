import type { MethodToolView } from '../methodTools/types';
import { StrategyPrint } from './StrategyPrint';
import { StrategyTool } from './StrategyTool';

/** The strategic plan's views, loaded on demand by the method tools' registry. */
export const methodView: MethodToolView = {
  Tool: StrategyTool,
  Print: StrategyPrint,
};
