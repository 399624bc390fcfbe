import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { preloadablePage } from './preloadablePage';

function Board({ id }: { id: string }) {
  return <p>{`board ${id}`}</p>;
}

const render = (Page: React.ComponentType<{ id: string }>) =>
  renderToString(
    <Suspense fallback={<p>loading</p>}>
      <Page id="b1" />
    </Suspense>,
  );

describe('preloadablePage', () => {
  it('renders at once, without the loading fallback, once its code has been preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Board));
    const page = preloadablePage(load);
    await page.preload();
    expect(render(page.Page)).toContain('board b1');
    expect(render(page.Page)).not.toContain('loading');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows the fallback while the code is still loading, and loads it once', () => {
    const load = vi.fn(() => new Promise<typeof Board>(() => undefined));
    const page = preloadablePage(load);
    void page.preload();
    expect(render(page.Page)).toContain('loading');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('unreadable')).mockResolvedValueOnce(Board);
    const page = preloadablePage<{ id: string }>(load);
    await expect(page.preload()).rejects.toThrow('unreadable');
    await page.preload();
    expect(render(page.Page)).toContain('board b1');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
