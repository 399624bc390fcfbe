import { useEffect, useState } from 'react';
import type { MethodTool } from '../../../shared/templates';
import type { MethodToolView } from './types';

/** Each method tool's views, one chunk per tool. */
const loaders: Record<MethodTool, () => Promise<MethodToolView>> = {
  benchmark: () => import('../benchmark/view').then((module) => module.methodView),
  strategy: () => import('../strategy/view').then((module) => module.methodView),
  finance: () => import('../finance/view').then((module) => module.methodView),
  culture: () => import('../culture/view').then((module) => module.methodView),
  impact: () => import('../impact/view').then((module) => module.methodView),
};

const loaded = new Map<MethodTool, MethodToolView>();
const loading = new Map<MethodTool, Promise<MethodToolView>>();

/** Loads a tool's views once; print views await this before they say they are ready. */
export function loadMethodTool(tool: MethodTool): Promise<MethodToolView> {
  const known = loading.get(tool);
  if (known) return known;
  const promise = loaders[tool]().then((view) => {
    loaded.set(tool, view);
    return view;
  });
  promise.catch(() => loading.delete(tool));
  loading.set(tool, promise);
  return promise;
}

/** The views of a tool already loaded with `loadMethodTool`, for renders that must not suspend. */
export function loadedMethodTool(tool: MethodTool): MethodToolView | undefined {
  return loaded.get(tool);
}

/** A tool's views for a screen: undefined while its chunk loads, or the error if it failed. */
export function useMethodTool(tool: MethodTool): { view?: MethodToolView; error?: unknown } {
  const [state, setState] = useState<{ tool: MethodTool; view?: MethodToolView; error?: unknown }>(() => ({ tool, view: loaded.get(tool) }));
  useEffect(() => {
    if (loaded.has(tool)) return;
    let live = true;
    loadMethodTool(tool).then(
      (view) => live && setState({ tool, view }),
      (error: unknown) => live && setState({ tool, error }),
    );
    return () => {
      live = false;
    };
  }, [tool]);
  if (state.tool !== tool) return { view: loaded.get(tool) };
  return { view: state.view ?? loaded.get(tool), error: state.error };
}
