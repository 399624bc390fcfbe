import { z } from 'zod';

/**
 * How a board is printed: the options the export dialog, `minga export` and the print view's
 * address share. The print view reads them from the page's query string
 * (`?paper=A4&orientation=landscape&fit=page&header=1&footer=1#/print/board/ID`).
 */
export const papers = ['A4', 'A3', 'Letter'] as const;
export const orientations = ['portrait', 'landscape'] as const;
export const fits = ['page', 'tile'] as const;
/** `pages` lays the board out on paper (PDF); `image` shows it once at its own size (PNG, SVG). */
export const printModes = ['pages', 'image'] as const;
export const boardPrintFormats = ['pdf', 'png', 'svg'] as const;

export const PrintOptions = z.object({
  paper: z.enum(papers).default('A4'),
  orientation: z.enum(orientations).default('landscape'),
  fit: z.enum(fits).default('page'),
  header: z.boolean().default(true),
  footer: z.boolean().default(true),
});
export type PrintOptions = z.infer<typeof PrintOptions>;
export type PrintOptionsInput = z.input<typeof PrintOptions>;

/** Device scale factor of a PNG export: 1 is one pixel per board unit. */
export const PngScale = z.number().min(0.25).max(4);

/** Paper sizes in millimetres, portrait. */
export const paperMillimetres: Record<(typeof papers)[number], { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  Letter: { width: 215.9, height: 279.4 },
};

/** At most this many elements in an exported selection (the ids travel in the print view's address). */
export const maxSelection = 2_000;
export const Selection = z.array(z.string().regex(/^[A-Za-z0-9_-]{1,100}$/)).min(1).max(maxSelection);

/** The query string the print view reads (without the leading `?`); `only` is a selection of element ids. */
export function printQuery(options: PrintOptions, mode: (typeof printModes)[number] = 'pages', only?: readonly string[]): string {
  const query = new URLSearchParams({
    paper: options.paper,
    orientation: options.orientation,
    fit: options.fit,
    header: options.header ? '1' : '0',
    footer: options.footer ? '1' : '0',
    mode,
  });
  if (only && only.length > 0) query.set('only', only.join(','));
  return query.toString();
}

/** Reads a print view's query string; anything missing or unknown falls back to the defaults. */
export function parsePrintQuery(search: string): { options: PrintOptions; mode: (typeof printModes)[number]; only: string[] | undefined } {
  const query = new URLSearchParams(search);
  const pick = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = query.get(name);
    return allowed.includes(value as T) ? (value as T) : undefined;
  };
  const flag = (name: string) => (query.has(name) ? query.get(name) !== '0' : undefined);
  const options = PrintOptions.parse({
    paper: pick('paper', papers),
    orientation: pick('orientation', orientations),
    fit: pick('fit', fits),
    header: flag('header'),
    footer: flag('footer'),
  });
  const only = Selection.safeParse(query.get('only')?.split(',') ?? []);
  return { options, mode: pick('mode', printModes) ?? 'pages', only: only.success ? only.data : undefined };
}
