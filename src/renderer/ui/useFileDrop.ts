import { useState, type DragEvent } from 'react';

/**
 * Dropping one file on an element (a page section) hands it to `onFile`; dragging files over it
 * sets `dragging`, so the section can say where to drop. More than one file calls `onMany`.
 * Drags that carry no files (text, elements of the page) are left alone.
 */
export function useFileDrop(onFile: (file: File) => void, onMany: () => void) {
  const [dragging, setDragging] = useState(false);
  const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');
  const dropProps = {
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = [...event.dataTransfer.files];
      if (files.length !== 1) onMany();
      else onFile(files[0]!);
    },
  };
  return { dragging, dropProps };
}
