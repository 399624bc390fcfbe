import type { NoteColor } from '../../../shared/domain/board';

/**
 * Projector-friendly fills: light enough that near-black text keeps well above AA contrast
 * (at least 12:1 on every fill), distinct in hue so groups stay apart on a washed-out wall,
 * each with a darker edge that still separates overlapping notes.
 */
export const notePalette: Record<NoteColor, { fill: string; edge: string }> = {
  yellow: { fill: '#fff3a0', edge: '#b39200' },
  orange: { fill: '#ffd9b0', edge: '#c4661f' },
  pink: { fill: '#ffd3e4', edge: '#c24c7e' },
  green: { fill: '#ccefcb', edge: '#3b8a47' },
  blue: { fill: '#cfe5ff', edge: '#3a72b8' },
  purple: { fill: '#e4d8ff', edge: '#7656b8' },
};

export const noteTextColour = '#1b1b1b';

/** WCAG relative luminance and contrast ratio, used by the test that guards the palette. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
    const [r, g, b] = channels.map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
