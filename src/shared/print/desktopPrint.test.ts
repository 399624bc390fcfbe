import { describe, expect, it } from 'vitest';
import { DesktopPrintRequest, desktopPrintAddress } from './desktopPrint';
import { PrintOptions } from './options';

describe('what the desktop app prints to PDF', () => {
  const id = '0b7d5a8e-4a57-4f0e-9d8a-2f7a3e1c9b10';

  it('builds the print view address itself, for a board (with a selection) or a report', () => {
    const board = DesktopPrintRequest.parse({ kind: 'board', id, options: PrintOptions.parse({ paper: 'Letter' }), only: ['n1'] });
    expect(desktopPrintAddress(board)).toEqual({ search: 'paper=Letter&orientation=landscape&fit=page&header=1&footer=1&mode=pages&only=n1', hash: `/print/board/${id}` });
    expect(desktopPrintAddress(DesktopPrintRequest.parse({ kind: 'exercise', id }))).toEqual({ search: '', hash: `/print/exercise/${id}` });
  });

  it('refuses anything else a page might send: other kinds, addresses, extra fields, bad ids', () => {
    expect(DesktopPrintRequest.safeParse({ kind: 'board', id }).success).toBe(false);
    expect(DesktopPrintRequest.safeParse({ kind: 'url', id: 'https://example.org' }).success).toBe(false);
    expect(DesktopPrintRequest.safeParse({ kind: 'workshop', id, address: 'file:///etc/passwd' }).success).toBe(false);
    expect(DesktopPrintRequest.safeParse({ kind: 'workshop', id: '../../settings' }).success).toBe(false);
  });
});
