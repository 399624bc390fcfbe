/** The board id in an address like `#/boards/<id>`, if it is one. */
export function boardIdInHash(hash: string): string | undefined {
  return /^#\/boards\/([0-9a-f-]{36})$/i.exec(hash)?.[1];
}
