/** What a key does during a presentation: the keys presenters' clickers and keyboards send. */
export type PresentationStep = 'next' | 'previous' | 'first' | 'last' | 'exit';

export function presentationStep(key: string, shiftKey = false): PresentationStep | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** The frame index after a step, staying within the frames. */
export function stepIndex(index: number, step: Exclude<PresentationStep, 'exit'>, count: number): number {
  if (count === 0) return 0;
  const next = step === 'next' ? index + 1 : step === 'previous' ? index - 1 : step === 'first' ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, next));
}
