/**
 * Chart colours that hold on a washed-out projector and on paper: dark, far apart in lightness
 * and hue, and never alone (the lines differ in dash and marker, every bar carries its figure).
 */
export const chartColors = {
  /** The plan: dark blue, dashed, square markers. */
  target: '#1747c5',
  /** What happened: the brand's dark green, solid, round markers. */
  actual: '#0b5d52',
  bar: '#0b5d52',
  grid: '#cfccc3',
  text: '#1a1f2b',
} as const;
