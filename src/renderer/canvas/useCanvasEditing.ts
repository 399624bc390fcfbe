import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { updateElement } from '../../shared/board/ops';
import { journeyMap, journeyStageOrder } from '../../shared/documents/journey';
import { templateById } from '../../shared/templates';
import { journeyZoneText } from '../../shared/templates/journeyZones';
import { useDocRoot } from '../features/journey/useDocRoot';
import { assetUrl } from './assets';
import { createCanvasUi, type CanvasActions } from './canvasUi';
import type { FormatKey } from './formatting';

/** Focuses an element's node (or connector) once React has rendered it. */
export function focusElement(id: string) {
  requestAnimationFrame(() => {
    const target = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"], .react-flow__edge[data-id="${CSS.escape(id)}"]`);
    target?.focus({ preventScroll: true });
  });
}

/**
 * What nodes may ask of the canvas (see canvasUi.ts): editing text in place, formatting,
 * image URLs and zone texts in the current language. One object per board and language.
 */
export function useCanvasEditing(options: {
  doc: Y.Doc;
  undo: Y.UndoManager;
  origin: unknown;
  clientId: string;
  zoneText: CanvasActions['zoneText'];
  announce(text: string): void;
  format(key: FormatKey, target: { id: string; index: number; length: number }): void;
}): CanvasActions {
  const { t } = useTranslation('boards');
  const { doc, undo, origin, clientId, zoneText, announce, format } = options;
  const [ui] = useState(createCanvasUi);
  return useMemo<CanvasActions>(() => {
    return {
      ui,
      clientId,
      startEdit(id) {
        undo.stopCapturing();
        ui.setState({ editingId: id });
        announce(t('announce.editing'));
      },
      stopEdit(id, refocus) {
        undo.stopCapturing();
        if (ui.getState().editingId === id) ui.setState({ editingId: undefined });
        if (refocus) {
          focusElement(id);
          announce(t('announce.doneEditing'));
        }
      },
      setText(id, field, text) {
        try {
          updateElement(doc, id, { [field]: text }, origin);
        } catch {
          // Text over the element's limit is refused by the schema; the editor's maxLength prevents it.
        }
      },
      format: (id, range, key) => format(key, { id, ...range }),
      assetUrl,
      zoneText,
    };
  }, [announce, clientId, doc, format, origin, t, ui, undo, zoneText]);
}

/**
 * A template zone's title and guiding question in the current language (a hand-made zone keeps
 * its own). On a journey map the lane zones are numbered by their stage's current place, so
 * they stay right as stages are added, removed and reordered.
 */
export function useZoneText(templateId: string, doc: Y.Doc): CanvasActions['zoneText'] {
  const { i18n } = useTranslation('boards');
  const language = i18n.language === 'en' ? 'en' : 'es-CO';
  const template = templateById(templateId);
  // One string, so typing in the journey panel does not give every zone a new text function.
  const stageOrder = useDocRoot(doc, journeyMap, journeyStageOrder);
  const journey = template?.tool === 'journey';
  return useMemo(() => {
    const zones = new Map((template?.zones ?? []).map((zone) => [zone.key, zone]));
    const stageIds = stageOrder ? stageOrder.split('\n') : [];
    return (zoneKey, fallback) => {
      const numbered = journey ? journeyZoneText(zoneKey, stageIds, language) : undefined;
      if (numbered) return numbered;
      const zone = zones.get(zoneKey);
      return zone ? { title: zone.title[language], prompt: zone.prompt[language] } : fallback;
    };
  }, [journey, language, stageOrder, template]);
}
