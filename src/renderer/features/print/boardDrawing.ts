import * as Y from 'yjs';
import { readBoardContent, type BoardContent } from '../../../shared/interchange/boardContent';
import { isMethodTool, templateById } from '../../../shared/templates';
import { api } from '../../app/api';
import { loadMethodTool } from '../methodTools/registry';
import { toBase64 } from './printFonts';

/**
 * A board as `BoardPrint` draws it: its document (for zone texts), its content and its images
 * as data: URLs. Also what a report embeds for each of its boards. A method tool's print view is
 * loaded too, so `MethodPrint` can draw it without suspending.
 */
export async function loadBoardDrawing(
  id: string,
): Promise<{ doc: Y.Doc; content: BoardContent; images: Record<string, string>; exerciseId: string; workshopId: string; printData: unknown }> {
  const opened = await api.openBoard({ id });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, opened.state);
  void api.closeBoard({ id }).catch(() => undefined);
  const content = readBoardContent(doc);
  // A method tool's print view is drawn with the board: load its chunk before anyone prints.
  const tool = templateById(content.kind)?.tool ?? 'none';
  const view = isMethodTool(tool) ? await loadMethodTool(tool) : undefined;
  const printData = await view?.loadPrintData?.({ exerciseId: opened.summary.exerciseId });
  const assetIds = [...new Set(content.elements.flatMap((element) => (element.type === 'image' ? [element.assetId] : [])))];
  const images = await Promise.all(assetIds.map(async (assetId) => [assetId, await imageSource(assetId)] as const));
  return {
    doc, content, exerciseId: opened.summary.exerciseId, workshopId: opened.summary.workshopId, printData,
    images: Object.fromEntries(images.filter((entry): entry is [string, string] => entry[1] !== undefined)),
  };
}

/** An asset as a decoded data: URL (a missing one prints as its labelled box). */
async function imageSource(assetId: string): Promise<string | undefined> {
  try {
    const { bytes, mime } = await api.getAsset({ id: assetId });
    const source = `data:${mime};base64,${toBase64(bytes)}`;
    const image = new Image();
    image.src = source;
    await image.decode();
    return source;
  } catch {
    return undefined;
  }
}
