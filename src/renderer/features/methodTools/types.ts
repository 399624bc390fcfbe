import type { ComponentType } from 'react';
import type * as Y from 'yjs';

/** What a method tool's main view gets from the board page. */
export interface MethodToolProps {
  doc: Y.Doc;
  /** The board session's local origin: edits made with it sync, and undo with the board. */
  origin: unknown;
  /** This app's stable client id (for "who made it" fields). */
  clientId: string;
  boardId: string;
  workshopId: string;
  exerciseId: string;
}

/**
 * What a method tool prints: a static, flowing section (tables and charts, no controls, no
 * animation) used by the board's PDF and by the workshop report. It must render completely on
 * its first paint: the PDF driver prints once fonts are ready, it does not wait for effects.
 */
export interface MethodPrintProps {
  doc: Y.Doc;
  exerciseId: string;
  /** What `loadPrintData` fetched before printing (data kept outside the board document). */
  data: unknown;
}

/** One tool's pair of views, loaded on demand (charts are not part of the app's first paint). */
export interface MethodToolView {
  Tool: ComponentType<MethodToolProps>;
  Print: ComponentType<MethodPrintProps>;
  /**
   * Data the print view needs beyond the board document (e.g. the exercise's indicators), fetched
   * before the page says it is ready; the Print component narrows it with its own schema.
   */
  loadPrintData?: (context: { exerciseId: string }) => Promise<unknown>;
}
