import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { rendererLocation } from './rendererLocation';

type Handle = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const handlers = vi.hoisted(() => new Map<string, Handle>());

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handle) => handlers.set(channel, handler) },
}));

const { registerIpcHandler } = await import('./ipcGuard');

const location = rendererLocation('/opt/minga/out/renderer/index.html');
const frame = (url: string, state: { destroyed?: boolean; detached?: boolean } = {}) => ({
  url,
  detached: state.detached ?? false,
  isDestroyed: () => state.destroyed ?? false,
});
const ownFrame = frame('file:///opt/minga/out/renderer/index.html#/settings');

describe('registerIpcHandler', () => {
  const handler = vi.fn(([folder]: [string]) => `opened ${folder}`);

  beforeEach(() => {
    handlers.clear();
    handler.mockClear();
    registerIpcHandler(location, 'test:open', z.tuple([z.string().min(1)]), handler);
  });

  const invoke = (senderFrame: unknown, ...args: unknown[]) => handlers.get('test:open')?.({ senderFrame }, ...args);

  it("answers calls from the app's own page with the handler's result", async () => {
    await expect(invoke(ownFrame, 'backups')).resolves.toEqual({ ok: true, value: 'opened backups' });
    expect(handler).toHaveBeenCalledWith(['backups'], expect.objectContaining({ senderFrame: ownFrame }));
  });

  it.each([
    ['a foreign page', frame('https://evil.example/')],
    ['another file on disk', frame('file:///tmp/evil.html')],
    ['a destroyed frame', frame('file:///opt/minga/out/renderer/index.html', { destroyed: true })],
    ['a detached frame', frame('file:///opt/minga/out/renderer/index.html', { detached: true })],
    ['no frame at all', null],
  ])('refuses %s without running the handler', async (_name, senderFrame) => {
    const reply = (await invoke(senderFrame, 'backups')) as { ok: boolean; error: { message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.message).toMatch(/sender frame/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses arguments that do not match the schema, with the field issues', async () => {
    await expect(invoke(ownFrame, '')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: '0' }] },
    });
    await expect(invoke(ownFrame, 42)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await expect(invoke(ownFrame, 'a', 'extra')).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error reply instead of a rejected invoke', async () => {
    registerIpcHandler(location, 'test:fail', z.tuple([]), () => {
      throw new Error('disk gone');
    });
    await expect(handlers.get('test:fail')?.({ senderFrame: ownFrame })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: '"test:fail" failed: disk gone' },
    });
  });
});
