/// <reference types="vite/client" />
import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';
import type { ConnectorEdge, ElementNode } from './deriveFlow';

declare global {
  interface Window {
    __mingaCanvas?: { setViewport: ReactFlowInstance['setViewport']; getViewport: ReactFlowInstance['getViewport']; fitView: () => unknown };
  }
}

/** The viewport API for the board-render benchmark, only in development or with ?bench in the address. */
export function useBenchHook(flow: ReactFlowInstance<ElementNode, ConnectorEdge>, fitBoard: () => unknown) {
  useEffect(() => {
    if (!(import.meta.env.DEV || new URLSearchParams(location.search).has('bench'))) return;
    window.__mingaCanvas = { setViewport: flow.setViewport, getViewport: flow.getViewport, fitView: fitBoard };
    return () => {
      delete window.__mingaCanvas;
    };
  }, [fitBoard, flow]);
}
