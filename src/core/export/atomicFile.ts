import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file as a whole or not at all: into a temporary file in the target's folder (same
 * file system, so the rename is atomic), renamed at the end. A failure removes the temporary file.
 */
export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const temporary = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    fs.writeFileSync(temporary, bytes);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
