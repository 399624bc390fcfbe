import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the tldraw comparison page into bench/results/tldraw (`bench/board.ts` builds it when it
 * is missing or stale): bench/results/ is already ignored by git and ESLint, a dist/ here is not.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: '../results/tldraw', emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
});
