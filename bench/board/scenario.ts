import type { ViewStep } from './inPage';

/** About three seconds at 60 frames a second per phase. */
const framesPerPhase = 180;

const wave = (t: number, cycles: number) => Math.sin(2 * Math.PI * cycles * t);

/**
 * Working zoom (50–100 %): half the frames pan across the board at 65–85 %, about 25 screen
 * pixels a frame (a brisk drag); the other half zoom in and out between 50 % and 100 % while
 * drifting, as a facilitator does with a trackpad.
 */
export function workingZoomSteps(extent: { width: number; height: number }): ViewStep[] {
  const half = framesPerPhase / 2;
  return Array.from({ length: framesPerPhase }, (_, frame) => {
    if (frame < half) {
      const t = frame / half;
      return { cx: extent.width * (0.2 + 0.3 * t), cy: extent.height * (0.35 + 0.08 * wave(t, 1)), zoom: 0.75 + 0.1 * wave(t, 2) };
    }
    const t = (frame - half) / half;
    return { cx: extent.width * (0.5 + 0.03 * wave(t, 1)), cy: extent.height * 0.4, zoom: 0.75 + 0.25 * Math.cos(2 * Math.PI * 1.5 * t) };
  });
}

/**
 * Zoomed out: from the whole board at 10 %, zooming between 10 % and 15 % while the centre
 * circles a little, so every frame still shows most of the 2,000 notes.
 */
export function zoomedOutSteps(extent: { width: number; height: number }): ViewStep[] {
  return Array.from({ length: framesPerPhase }, (_, frame) => {
    const t = frame / framesPerPhase;
    return {
      cx: extent.width * (0.5 + 0.12 * wave(t, 1)),
      cy: extent.height * (0.5 + 0.12 * wave(t + 0.25, 1)),
      zoom: 0.125 - 0.025 * Math.cos(2 * Math.PI * t),
    };
  });
}

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames that took longer than one and a half 60 Hz frames (a visible hitch). */
  dropped: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export function frameStats(intervals: number[]): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    dropped: sorted.filter((interval) => interval > 25).length,
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
