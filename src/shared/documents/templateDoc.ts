import * as Y from 'yjs';
import { z } from 'zod';
import { ClipboardPayload, copySelection } from '../board/clipboard';
import { readElements } from '../board/elementMaps';
import { BoardKind } from '../domain/board';
import { currentSchemaVersion, roots, writeMeta } from './schema';

/**
 * A board template the central office published: `template:<id>`, written only by the hub. It
 * holds a copy of a synced board's elements (as the clipboard's versioned payload, so the desktop
 * places them with new ids exactly as a paste would), the board's kind, and a name and
 * description in Spanish and English. Unpublishing sets `withdrawn`; desktops then hide it.
 */
export const templateDocumentName = (id: string) => `template:${id}`;

const localized = (max: number, required: boolean) => z.object({
  'es-CO': required ? z.string().trim().min(1, 'validation.required').max(max) : z.string().trim().max(max),
  en: z.string().trim().max(max),
});

export const HubTemplateInfo = z.object({
  name: localized(120, true),
  description: localized(500, false),
  boardKind: BoardKind.catch('blank'),
  publishedAt: z.string(),
  withdrawn: z.boolean(),
});
export type HubTemplateInfo = z.output<typeof HubTemplateInfo>;

/** Images are left out: their bytes live in each desktop's own asset store, not in the board. */
export function templatePayloadOf(board: Y.Doc): ClipboardPayload {
  const ids = readElements(board).filter((element) => element.type !== 'image').map((element) => element.id);
  return copySelection(board, ids);
}

export function writeTemplate(doc: Y.Doc, info: HubTemplateInfo, payload: ClipboardPayload): void {
  const checkedInfo = HubTemplateInfo.parse(info);
  const checkedPayload = ClipboardPayload.parse(payload);
  doc.transact(() => {
    writeMeta(doc, { kind: 'template', schemaVersion: currentSchemaVersion.template });
    const map = doc.getMap(roots.template);
    map.set('info', checkedInfo);
    map.set('payload', checkedPayload);
  });
}

/** Returns false when there was nothing to change. */
export function setTemplateWithdrawn(doc: Y.Doc, withdrawn: boolean): boolean {
  const map = doc.getMap(roots.template);
  const info = HubTemplateInfo.safeParse(map.get('info'));
  if (!info.success || info.data.withdrawn === withdrawn) return false;
  map.set('info', { ...info.data, withdrawn });
  return true;
}

/** The template, or undefined when the document does not hold a valid one (yet). */
export function readTemplate(doc: Y.Doc): { info: HubTemplateInfo; payload: ClipboardPayload } | undefined {
  const map = doc.getMap(roots.template);
  const info = HubTemplateInfo.safeParse(map.get('info'));
  const payload = ClipboardPayload.safeParse(map.get('payload'));
  return info.success && payload.success ? { info: info.data, payload: payload.data } : undefined;
}
