import { archive } from './archive';
import { actorExchange } from './actorExchange';
import { benchmark } from './benchmark';
import { boards } from './boards';
import { common } from './common';
import { culture } from './culture';
import { exercises } from './exercises';
import { facilitation } from './facilitation';
import { finance } from './finance';
import { impact } from './impact';
import { interchange } from './interchange';
import { methodLibrary } from './methodLibrary';
import { methodTools } from './methodTools';
import { reports } from './reports';
import { print } from './print';
import { results } from './results';
import { search } from './search';
import { settings } from './settings';
import { studioTools } from './stakeholders';
import { strategy } from './strategy';
import { sync } from './sync';
import { trash } from './trash';
import { errors, validation } from './validation';
import { workshops } from './workshops';

/** Every namespace of the UI; each feature owns one file here. */
export const namespaces = {
  common, exercises, workshops, boards, facilitation, search, settings, sync, validation, errors, studioTools, trash, results, interchange, archive, actorExchange, reports, print,
  methodTools, benchmark, strategy, finance, culture, impact, methodLibrary,
};
export type Namespace = keyof typeof namespaces;
