import type * as Y from 'yjs';
import { completeElement } from '../board/defaults';
import type { Locale } from '../contract/system';
import { elementsRoot, maxZ, toElementMap } from '../board/elementMaps';
import type { NewElement } from '../board/elements';
import { newId } from '../domain/ids';
import { limits } from '../domain/limits';
import { isMethodTool, type TemplateDefinition } from './definition';
import { setUpMethodTool } from './methodSetup';

/** Template text exists in each language the app speaks. */
export type TemplateLocale = Locale;

/**
 * Writes a template into a fresh board: each zone as a locked zone element (behind
 * everything, in the template's order) and the default elements with their text in `locale`.
 * Zones keep `zoneKey`, so the renderer can show their title and question in whatever language
 * is current; the written title and prompt are for search and for readers without the template.
 * A method tool's collections and defaults are set up too (`methodSetup.ts`). Runs in the
 * caller's transaction if there is one.
 */
export function instantiateTemplate(doc: Y.Doc, template: TemplateDefinition, locale: TemplateLocale, clientId: string): string[] {
  const created: string[] = [];
  doc.transact(() => {
    const root = elementsRoot(doc);
    let z = maxZ(doc);
    const place = (element: NewElement) => {
      const id = newId();
      root.set(id, toElementMap(completeElement(element, { id, z: (z += 1), createdBy: clientId })));
      created.push(id);
    };
    for (const zone of template.zones) {
      place({
        type: 'zone', zoneKey: zone.key, title: zone.title[locale].slice(0, limits.title), prompt: zone.prompt[locale].slice(0, limits.longText),
        x: zone.x, y: zone.y, width: zone.width, height: zone.height, color: zone.color, locked: true,
      });
    }
    let frameOrder = 0;
    for (const element of template.defaultElements) {
      const text = element.text[locale];
      const geometry = { x: element.x, y: element.y, width: element.width, height: element.height };
      if (element.type === 'frame') place({ type: 'frame', ...geometry, title: text.slice(0, limits.title), order: frameOrder++ });
      else if (element.type === 'note') place({ type: 'note', ...geometry, text });
      else place({ type: 'text', ...geometry, text });
    }
    if (isMethodTool(template.tool)) setUpMethodTool(doc, template.tool, locale);
  });
  return created;
}
