/**
 * Initials for a marker, so actors are told apart without relying on colour. Short lower-case
 * joining words ("de", "la", "of") are skipped: "Secretaría de Movilidad" is "SM".
 */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /^[\p{L}\p{N}]/u.test(word) && !(word.length <= 3 && word === word.toLocaleLowerCase('es') && /^\p{L}+$/u.test(word)));
  return words.slice(0, 2).map((word) => word[0]?.toLocaleUpperCase('es')).join('') || '?';
}
