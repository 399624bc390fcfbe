import { noteColors, type NoteColor } from '../domain/board';

/**
 * JSON Canvas's six preset colours (1 red … 6 purple) against Minga's note palette. Pink is the
 * nearest Minga has to red and blue to cyan; the mapping is one to one, so colours round-trip.
 */
export const presetByNoteColor: Record<NoteColor, string> = { pink: '1', orange: '2', yellow: '3', green: '4', blue: '5', purple: '6' };
const noteColorByPreset = Object.fromEntries(Object.entries(presetByNoteColor).map(([colour, preset]) => [preset, colour])) as Record<string, NoteColor>;

/** Reference hues of Minga's palette (the renderer's note fills), for the nearest match of a hex colour. */
const paletteHex: Record<NoteColor, string> = {
  yellow: '#fff3a0', orange: '#ffd9b0', pink: '#ffd3e4', green: '#ccefcb', blue: '#cfe5ff', purple: '#e4d8ff',
};

export const hexColour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function rgb(hex: string): [number, number, number] {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  return [1, 3, 5].map((start) => parseInt(full.slice(start, start + 2), 16)) as [number, number, number];
}

/** Hue in degrees, or undefined for greys (no hue to match). */
function hue([r, g, b]: [number, number, number]): number | undefined {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 16) return undefined;
  const d = max - min;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/**
 * The Minga note colour for a foreign colour: a preset by its number, a hex colour by nearest
 * hue (foreign fills are often saturated where ours are pale, so hue matters, not distance).
 * Anything else, greys and transparent included, gets `fallback`.
 */
export function noteColorFor(colour: string | undefined, fallback: NoteColor = 'yellow'): NoteColor {
  if (!colour) return fallback;
  const preset = noteColorByPreset[colour];
  if (preset) return preset;
  if (!hexColour.test(colour)) return fallback;
  const target = hue(rgb(colour));
  if (target === undefined) return fallback;
  let best: NoteColor = fallback;
  let bestDistance = Infinity;
  for (const candidate of noteColors) {
    const candidateHue = hue(rgb(paletteHex[candidate]))!;
    const distance = Math.min(Math.abs(candidateHue - target), 360 - Math.abs(candidateHue - target));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
