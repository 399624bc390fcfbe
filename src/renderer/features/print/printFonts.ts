/// <reference types="vite/client" />
import regular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import italic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import bold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import boldItalic from '@fontsource/noto-sans/files/noto-sans-latin-700-italic.woff2?url';

/**
 * The print font: Noto Sans (SIL Open Font License), bundled with the renderer so a PDF embeds
 * it on any machine. Its Latin subset covers Spanish (ñ, á, ü, ¿, ¡, « »).
 */
export const printFontName = 'Minga Print Sans';
export const printFontFamily = `"${printFontName}", "Noto Sans", sans-serif`;

const faces = [
  { url: regular, weight: '400', style: 'normal' },
  { url: italic, weight: '400', style: 'italic' },
  { url: bold, weight: '700', style: 'normal' },
  { url: boldItalic, weight: '700', style: 'italic' },
] as const;

let loading: Promise<void> | undefined;

/** Loads the four faces into the document once; resolves when they can be drawn. */
export function loadPrintFonts(): Promise<void> {
  loading ??= Promise.all(
    faces.map(async (face) => {
      const font = new FontFace(printFontName, `url(${face.url})`, { weight: face.weight, style: face.style });
      document.fonts.add(await font.load());
    }),
  ).then(() => undefined);
  return loading;
}

/** `@font-face` rules with the fonts inline (data: URLs), for an SVG that must stand alone. */
export async function embeddedFontCss(): Promise<string> {
  const rules = await Promise.all(
    faces.map(async (face) => {
      const bytes = new Uint8Array(await (await fetch(face.url)).arrayBuffer());
      const source = `data:font/woff2;base64,${toBase64(bytes)}`;
      return `@font-face{font-family:"${printFontName}";font-weight:${face.weight};font-style:${face.style};src:url(${source}) format("woff2");}`;
    }),
  );
  return rules.join('\n');
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}
