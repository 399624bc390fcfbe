import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { rendererLocation } from './rendererLocation';
import {
  contentSecurityPolicy,
  denyAllPermissions,
  guardNavigation,
  installContentSecurityPolicy,
  isSafeExternalUrl,
} from './security';

const indexHtml = '/opt/minga/out/renderer/index.html';
const appUrl = 'file:///opt/minga/out/renderer/index.html';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources.join(' ')];
  }));
}

describe('contentSecurityPolicy', () => {
  it('is strict in production', () => {
    const policy = directives(contentSecurityPolicy());
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
  });

  it('allows only the dev server and its websocket in development', () => {
    const policy = directives(contentSecurityPolicy('http://localhost:5173'));
    expect(policy.get('connect-src')).toBe("'self' http://localhost:5173 ws://localhost:5173");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('default-src')).toBe("'self'");
  });
});

describe('installContentSecurityPolicy', () => {
  it('replaces any policy a response carries with ours and keeps other headers', () => {
    let listener: ((details: unknown, callback: (response: unknown) => void) => void) | undefined;
    const session = { webRequest: { onHeadersReceived: vi.fn((fn) => (listener = fn)) } };
    installContentSecurityPolicy(session as never, "default-src 'self'");
    const callback = vi.fn();
    listener?.({ responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': ["default-src 'self'"] },
    });
  });
});

describe('denyAllPermissions', () => {
  it('refuses every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    const grant = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) request(null, permission, grant);
    expect(grant.mock.calls).toEqual([[false], [false], [false], [false]]);
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0]()).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.funcionpublica.gov.co/ley-1581', true],
    ['mailto:laboratorio@example.gov.co', true],
    ['http://example.com', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['smb://share/folder', false],
    ['https://user:secret@example.com/', false],
    ['mailto:', false],
    ['not a url', false],
    ['', false],
  ])('%s -> %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  navigate(event: string, url: string): boolean {
    const preventDefault = vi.fn();
    this.emit(event, { preventDefault }, url);
    return preventDefault.mock.calls.length === 0;
  }
}

describe('guardNavigation', () => {
  const setUp = (location = rendererLocation(indexHtml)) => {
    const contents = new FakeContents();
    const openExternal = vi.fn();
    guardNavigation(contents as never, location, openExternal);
    return { contents, openExternal };
  };

  it('allows the app page itself (any hash route) and refuses everything else', () => {
    const { contents } = setUp();
    expect(contents.navigate('will-navigate', `${appUrl}#/exercises/1`)).toBe(true);
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(false);
    expect(contents.navigate('will-navigate', 'file:///opt/minga/out/renderer/other.html')).toBe(false);
    expect(contents.navigate('will-navigate', 'file:///home/user/Downloads/evil.html')).toBe(false);
    expect(contents.navigate('will-redirect', 'https://example.com/')).toBe(false);
    expect(contents.navigate('will-attach-webview', appUrl)).toBe(false);
  });

  it('allows only the dev server origin when one is used', () => {
    const { contents } = setUp(rendererLocation(indexHtml, 'http://localhost:5173'));
    expect(contents.navigate('will-navigate', 'http://localhost:5173/#/settings')).toBe(true);
    expect(contents.navigate('will-navigate', 'http://localhost:5174/')).toBe(false);
    expect(contents.navigate('will-navigate', appUrl)).toBe(false);
  });

  it('never opens a window; https and mailto links go to the system instead', () => {
    const { contents, openExternal } = setUp();
    const open = (url: string) => contents.openHandler?.({ url });
    expect(open('https://sdgs.un.org/goals')).toEqual({ action: 'deny' });
    expect(open('mailto:equipo@example.gov.co')).toEqual({ action: 'deny' });
    expect(open('http://insecure.example.com')).toEqual({ action: 'deny' });
    expect(open('file:///etc/hosts')).toEqual({ action: 'deny' });
    expect(open(appUrl)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://sdgs.un.org/goals'], ['mailto:equipo@example.gov.co']]);
  });
});

describe('rendererLocation', () => {
  it('ignores a dev server URL that is not on this machine', () => {
    const location = rendererLocation(indexHtml, 'http://attacker.example:5173');
    expect(location.kind).toBe('file');
    expect(location.isAppUrl('http://attacker.example:5173/')).toBe(false);
  });
});
