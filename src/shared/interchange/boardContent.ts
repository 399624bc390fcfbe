import * as Y from 'yjs';
import { elementsRoot, readElements, textFields, toElementMap } from '../board/elementMaps';
import type { BoardElement, ElementType } from '../board/elements';
import { elementRichText, isFormatted, writeRichText, type RichText } from '../board/richText';
import type { BoardKind } from '../domain/board';
import { readBoardHeader } from '../documents/boardDoc';

/**
 * A board as the interchange formats see it: its title and template kind, its elements as
 * plain values (ids, stacking order and authors included) and the bold/italic runs of the
 * texts that have any. Export reads one from a document; import builds one and writes it.
 */
export interface BoardContent {
  title: string;
  kind: BoardKind;
  elements: BoardElement[];
  richText: Record<string, RichText>;
}

/** What an import made and what it left out (counts by type), shown to the person importing. */
export interface ImportSummary {
  created: Partial<Record<ElementType, number>>;
  skipped: Record<string, number>;
}

export function readBoardContent(doc: Y.Doc): BoardContent {
  const header = readBoardHeader(doc);
  const elements = readElements(doc).sort((a, b) => a.z - b.z);
  const richText: Record<string, RichText> = {};
  for (const element of elements) {
    const runs = textFields[element.type] ? elementRichText(doc, element.id) : undefined;
    if (runs && isFormatted(runs)) richText[element.id] = runs;
  }
  return { title: header.title, kind: header.kind as BoardKind, elements, richText };
}

/**
 * Writes imported elements into a new board document as they are (ids, z, authors kept), in
 * the caller's transaction. Rich text is applied only when its runs spell the element's text.
 */
export function writeBoardContent(doc: Y.Doc, content: Pick<BoardContent, 'elements' | 'richText'>): void {
  const root = elementsRoot(doc);
  for (const element of content.elements) {
    const map = toElementMap(element);
    root.set(element.id, map);
    const field = textFields[element.type];
    const runs = content.richText[element.id];
    if (field && runs && runs.map((run) => run.insert).join('') === (element as { text?: string }).text) {
      const text = new Y.Text();
      map.set(field, text);
      writeRichText(text, runs);
    }
  }
}

export function summarize(elements: readonly BoardElement[], skipped: Record<string, number> = {}): ImportSummary {
  const created: ImportSummary['created'] = {};
  for (const element of elements) created[element.type] = (created[element.type] ?? 0) + 1;
  return { created, skipped };
}
