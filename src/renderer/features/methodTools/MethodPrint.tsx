import type * as Y from 'yjs';
import type { BoardKind } from '../../../shared/domain/board';
import { isMethodTool, templateById } from '../../../shared/templates';
import { loadedMethodTool } from './registry';

/**
 * A method tool's printed section (tables and charts) for a board of that kind, or nothing for
 * other boards. Its chunk was loaded with the board's drawing (`loadBoardDrawing`).
 */
export function MethodPrint({ kind, doc, exerciseId, data }: { kind: BoardKind; doc: Y.Doc; exerciseId: string; data: unknown }) {
  const tool = templateById(kind)?.tool ?? 'none';
  const view = isMethodTool(tool) ? loadedMethodTool(tool) : undefined;
  if (!view) return null;
  const { Print } = view;
  return (
    <div className="method-print">
      <Print doc={doc} exerciseId={exerciseId} data={data} />
    </div>
  );
}
