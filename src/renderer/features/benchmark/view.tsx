import type { MethodToolView } from '../methodTools/types';
import { BenchmarkPrint } from './BenchmarkPrint';
import { BenchmarkTool } from './BenchmarkTool';

/** The benchmarking matrix's views, loaded as one chunk when a benchmarking board opens or prints. */
export const methodView: MethodToolView = {
  Tool: BenchmarkTool,
  Print: BenchmarkPrint,
};
