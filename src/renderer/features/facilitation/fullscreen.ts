/**
 * Full screen for presentations. The Fullscreen API may be missing or refused (an embedded
 * page, a browser setting); the `minga-presenting` class on <html> is the fallback and is set
 * in both cases, so the app's own header and side panels step aside either way.
 */
const presentingClass = 'minga-presenting';

export async function enterPresentationScreen(): Promise<boolean> {
  document.documentElement.classList.add(presentingClass);
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== 'function') return false;
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export function leavePresentationScreen(): void {
  document.documentElement.classList.remove(presentingClass);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
