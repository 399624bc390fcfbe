import type { TFunction } from 'i18next';
import type { CanvasElement, ElementIndex } from './elementStore';

/** The text a person wrote in an element, for its label (find on board uses shared/board/find.ts). */
export function elementText(element: CanvasElement): string {
  switch (element.type) {
    case 'note':
    case 'text':
    case 'shape':
      return element.text;
    case 'frame':
    case 'zone':
      return element.title;
    case 'connector':
      return element.label;
    case 'image':
      return element.alt;
  }
}

/**
 * The screen-reader name of an element: its kind, then its text ("Nota verde: Ciclovías"),
 * then whether it is locked. Built per language; `lookup` resolves a connector's ends.
 */
export function describeElement(
  t: TFunction<'boards'>,
  element: CanvasElement,
  lookup: ElementIndex,
  zoneTitle: (element: CanvasElement) => string,
): { label: string; kind: string } {
  let kind: string;
  let text = elementText(element).trim();
  switch (element.type) {
    case 'note':
      kind = t('element.note', { colour: t(`note.colour.${element.color}`) });
      break;
    case 'shape':
      kind = t(`element.shape.${element.shape}`);
      break;
    case 'connector': {
      const from = lookup.get(element.from);
      const to = lookup.get(element.to);
      kind = t('element.connector', { from: from ? elementText(from).slice(0, 40) : '', to: to ? elementText(to).slice(0, 40) : '' });
      break;
    }
    case 'zone':
      kind = t('element.zone');
      text = zoneTitle(element);
      break;
    default:
      kind = t(`element.${element.type}`);
  }
  const name = element.type === 'note' && text ? t('note.label', { colour: t(`note.colour.${element.color}`), text }) : text ? `${kind}: ${text}` : `${kind} (${t('element.empty')})`;
  return { label: element.locked && element.type !== 'zone' ? `${name} (${t('element.locked')})` : name, kind: t(`element.kind.${element.type}`) };
}
