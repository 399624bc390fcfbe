import { foldText } from '../domain/text';

/**
 * Tags as a person types them: separated by commas, with or without a leading «#», any case.
 * Spaces inside a tag stay («espacio público»); repeated tags (ignoring accents and case) count
 * once, the first spelling kept. Limits are checked by the caller, so too many tags are refused
 * with a message rather than cut silently.
 */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
    const key = foldText(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** The tags as the field shows them again. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
