import { useEffect } from 'react';
import { pageSettled } from '../print/pageSettled';

declare global {
  interface Window {
    /** Set once a print view has its data rendered and its fonts loaded; the PDF driver waits for it. */
    __mingaPrintReady?: boolean;
  }
}

/**
 * Tells the PDF driver (and tests) when the page may be printed: false while data loads, true
 * after the render that shows it has committed, the web fonts are ready and the page has settled
 * (charts draw after their first render), so no page is captured half-drawn or in a fallback font.
 */
export function usePrintReady(ready: boolean): void {
  useEffect(() => {
    window.__mingaPrintReady = false;
    if (!ready) return;
    let cancelled = false;
    void pageSettled().then(() => {
      if (!cancelled) window.__mingaPrintReady = true;
    });
    return () => {
      cancelled = true;
      window.__mingaPrintReady = false;
    };
  }, [ready]);
}
