import type { ReactFlowInstance } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { shouldHideNewNotes } from '../../shared/board/facilitation/privateMode';
import { updateElement } from '../../shared/board/ops';
import type { NoteColor } from '../../shared/domain/board';
import { useToast } from '../ui';
import { imageSize, isImageFile, storeImage } from './assets';
import type { CanvasCommand } from './canvasKeys';
import type { ConnectorEdge, ElementNode } from './deriveFlow';
import type { ElementIndex } from './elementStore';
import type { ToolbarActions } from './CanvasToolbar';
import type { CanvasCommands } from './useCanvasCommands';

const zoomFactor = 1.25;
const sizes = { note: { width: 180, height: 120 }, text: { width: 240, height: 48 }, shape: { width: 160, height: 100 }, frame: { width: 800, height: 500 } };

/** The toolbar's actions and the keyboard commands, both mapped onto the canvas commands. */
export function useToolbarActions(options: {
  doc: Y.Doc;
  origin: unknown;
  commands: CanvasCommands;
  flow: ReactFlowInstance<ElementNode, ConnectorEdge>;
  fitBoard(): unknown;
  announce(text: string): void;
  selected(): ReadonlySet<string>;
  elements(): ElementIndex;
  setSnap(update: (current: boolean) => boolean): void;
  setFinding(open: boolean): void;
  setHelpOpen(open: boolean): void;
  startEdit(id: string): void;
}) {
  const { t } = useTranslation('boards');
  const toast = useToast();
  return useMemo(() => {
    const { commands, flow, announce } = options;
    const addNoteAt = (at?: { x: number; y: number }) => {
      const id = commands.add({ type: 'note', ...sizes.note, hidden: shouldHideNewNotes(options.doc) }, t('element.note', { colour: t('note.colour.yellow') }), at);
      options.startEdit(id);
    };
    const zoom = (command: 'in' | 'out' | 'reset' | 'fit') => {
      if (command === 'fit') void options.fitBoard();
      else if (command === 'reset') void flow.zoomTo(1);
      else if (command === 'in') void flow.zoomTo(flow.getZoom() * zoomFactor);
      else void flow.zoomTo(flow.getZoom() / zoomFactor);
      const target = command === 'fit' ? undefined : command === 'reset' ? 1 : command === 'in' ? flow.getZoom() * zoomFactor : flow.getZoom() / zoomFactor;
      if (target) announce(t('announce.zoom', { percent: Math.round(target * 100) }));
    };
    const addImages = (files: File[], at?: { x: number; y: number }) => {
      const images = files.filter(isImageFile);
      // Dropped documents and the like are left out, and the person is told why.
      // Shown, not only announced: a room watching the wall should see why nothing appeared.
      if (images.length < files.length) toast.show(t('announce.notAnImage', { count: files.length - images.length }), 'error');
      for (const file of images) {
        void Promise.all([storeImage(file), imageSize(file)]).then(
          ([assetId, size]) => commands.add({ type: 'image', assetId, alt: file.name.slice(0, 200), ...size }, t('element.image'), at),
          () => toast.show(t('announce.imageFailed'), 'error'),
        );
      }
    };
    const actions: ToolbarActions = {
      addNote: () => addNoteAt(),
      addText: () => options.startEdit(commands.add({ type: 'text', ...sizes.text }, t('element.text'))),
      addShape: (shape) => options.startEdit(commands.add({ type: 'shape', shape, ...sizes.shape }, t(`element.shape.${shape}`))),
      addFrame: () => options.startEdit(commands.add({ type: 'frame', ...sizes.frame }, t('element.frame'))),
      addImage: (file) => addImages([file]),
      history: commands.history,
      recolour(colour: NoteColor) {
        const ids = [...options.selected()].filter((id) => {
          const type = options.elements().get(id)?.type;
          return type === 'note' || type === 'shape';
        });
        let changed = false;
        for (const id of ids) changed = updateElement(options.doc, id, { color: colour }, options.origin) || changed;
        if (changed) announce(t('announce.recoloured', { colour: t(`note.colour.${colour}`) }));
      },
      setNoteDetails(id, { author, tags }) {
        // One transaction, so one undo step brings back both the author and the tags.
        if (updateElement(options.doc, id, { author, tags }, options.origin)) announce(t('announce.detailsSaved'));
      },
      format: (key) => {
        const editor = document.activeElement;
        const id = options.selected().values().next().value;
        if (editor instanceof HTMLTextAreaElement && editor.classList.contains('canvas-editor') && id) {
          commands.format(key, { id, index: editor.selectionStart, length: editor.selectionEnd - editor.selectionStart });
        } else commands.format(key);
      },
      duplicate: commands.duplicate,
      remove: commands.remove,
      toggleLock: commands.toggleLock,
      align: commands.align,
      distribute: commands.distribute,
      reorder: commands.reorder,
      zoom,
      toggleSnap: () =>
        options.setSnap((current) => {
          announce(t(current ? 'announce.snapOff' : 'announce.snapOn'));
          return !current;
        }),
      find: () => options.setFinding(true),
      help: () => options.setHelpOpen(true),
    };
    const run = (command: CanvasCommand) => {
      switch (command.kind) {
        case 'undo':
        case 'redo':
          return commands.history(command.kind);
        case 'zoomIn':
          return zoom('in');
        case 'zoomOut':
          return zoom('out');
        case 'zoomReset':
          return zoom('reset');
        case 'fit':
          return zoom('fit');
        case 'pan': {
          const view = flow.getViewport();
          return void flow.setViewport({ ...view, x: view.x + command.dx, y: view.y + command.dy });
        }
        case 'nudge':
          return commands.nudge(command.dx, command.dy);
        case 'delete':
          return void commands.remove();
        case 'duplicate':
          return commands.duplicate();
        case 'copy':
          return void commands.copy();
        case 'paste':
          return void commands.paste();
        case 'selectAll':
          return commands.selectAll();
        case 'find':
          return options.setFinding(true);
        case 'help':
          return options.setHelpOpen(true);
        case 'edit':
          return commands.edit();
        case 'escape':
          return commands.clearSelection();
        case 'addNote':
          return addNoteAt();
        case 'lock':
          return commands.toggleLock();
        case 'toggleSnap':
          return actions.toggleSnap();
        case 'layer':
          return commands.reorder(command.move);
      }
    };
    return { actions, run, addNoteAt, addImages };
    // Options are read when an action runs; the object is built once per board and language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options.commands, options.flow, t, toast]);
}
