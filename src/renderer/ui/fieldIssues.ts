/**
 * Pure helpers that connect zod messages and core issues to form fields. Zod schemas in
 * src/shared carry catalogue keys ('validation.required') instead of prose; the renderer
 * turns them into i18next keys ('validation:required') in the current language.
 */
const validationPrefix = 'validation.';

/** The i18next key for a zod or core message; unknown messages fall back to a generic one. */
export function validationMessageKey(message: string | undefined): string | undefined {
  if (message === undefined || message === '') return undefined;
  if (message.startsWith(validationPrefix) && message.length > validationPrefix.length) {
    return `validation:${message.slice(validationPrefix.length)}`;
  }
  // A zod default message (e.g. a number field left as NaN) is English prose: never show it raw.
  return 'validation:invalid';
}

/**
 * The form field an issue path points at. The core reports paths of the whole call input
 * ('fields.title' for updateExercise, 'title' for createExercise); forms name fields without
 * the 'fields.' wrapper. Array positions stay ('otherActors.2').
 */
export function issuePathToField(path: string): string {
  const withoutWrapper = path.startsWith('fields.') ? path.slice('fields.'.length) : path;
  return withoutWrapper === '' ? 'root' : withoutWrapper;
}
