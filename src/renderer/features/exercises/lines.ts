/**
 * Lists such as "other actors" and "team" are edited as one item per line. The textarea must
 * round-trip exactly while typing (a trailing newline starts the next item), so blanks are
 * kept here and dropped by the shared schema when the form is submitted.
 */
export function linesToList(text: string): string[] {
  return text.split(/\r?\n/);
}

export function listToLines(items: readonly string[] | undefined): string {
  return (items ?? []).join('\n');
}

/**
 * A list field may carry one error for the whole list (too many items) or one per line (a
 * line too long); its textarea shows the first message found.
 */
export function firstListError(error: unknown): { message?: string } | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string') return { message };
  for (const item of Object.values(error)) {
    const found = firstListError(item);
    if (found) return found;
  }
  return undefined;
}
