import { boards } from './boards';
import { common } from './common';
import { exercises } from './exercises';
import { search } from './search';
import { settings } from './settings';
import { errors, validation } from './validation';
import { workshops } from './workshops';

/** Every namespace of the UI; each feature owns one file here. */
export const namespaces = { common, exercises, workshops, boards, search, settings, validation, errors };
export type Namespace = keyof typeof namespaces;
