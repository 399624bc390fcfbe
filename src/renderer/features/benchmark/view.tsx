import type { MethodToolView } from '../methodTools/types';

// Being built on its own branch; replaced by the tool's views before it lands.
export const methodView: MethodToolView = {
  Tool: () => null,
  Print: () => null,
};
