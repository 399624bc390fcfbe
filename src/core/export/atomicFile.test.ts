import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './atomicFile';

describe('writeFileAtomically', () => {
  const dirs: string[] = [];
  const dir = () => {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'minga-atomic-'));
    dirs.push(made);
    return made;
  };
  afterEach(() => {
    for (const made of dirs.splice(0)) fs.rmSync(made, { recursive: true, force: true });
  });

  it('writes the whole file and leaves no temporary file', () => {
    const folder = dir();
    const target = path.join(folder, 'tablero.pdf');
    fs.writeFileSync(target, 'old');
    writeFileAtomically(target, new TextEncoder().encode('%PDF-1.7 nuevo'));
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 nuevo');
    expect(fs.readdirSync(folder)).toEqual(['tablero.pdf']);
  });

  it('leaves nothing, and an older file untouched, when the rename fails', () => {
    const folder = dir();
    // A folder where the file should go: writing the temporary file works, the rename cannot.
    const target = path.join(folder, 'ocupado');
    fs.mkdirSync(path.join(target, 'dentro'), { recursive: true });
    expect(() => writeFileAtomically(target, new Uint8Array([1, 2, 3]))).toThrow();
    expect(fs.readdirSync(folder)).toEqual(['ocupado']);
    expect(fs.statSync(target).isDirectory()).toBe(true);
  });
});
