/**
 * Resolves once the web fonts are loaded and the page has stopped changing: charts (recharts)
 * measure and draw in effects after their first render, so a print taken at the first commit
 * could catch an empty chart. "Stopped" is no DOM change for `quietMs`; after `maxMs` it resolves
 * anyway, so a page that never settles (a blinking caret) still prints. Timers, not animation
 * frames: Electron's hidden print window throttles frames.
 */
export async function pageSettled({ quietMs = 120, maxMs = 3000 }: { quietMs?: number; maxMs?: number } = {}): Promise<void> {
  await document.fonts.ready;
  await new Promise<void>((resolve) => {
    let quiet: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(limit);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    quiet = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
  });
}
