import { z } from 'zod';
import { parseDocumentName } from '../../server/access';
import { hashPassword } from '../../server/auth/passwords';
import { Role } from '../../server/roles';
import { HubStartupError } from '../../server/errors';
import type { HubLocation } from '../../server/location';
import { openHubStore } from '../../server/store/hubStore';
import { DuplicateEmailError, type HubStore, type UserRecord } from '../../server/store/types';
import { UsageError } from '../args';
import { CliFailure } from '../openEngine';
import { minPasswordLength } from './hubPassword';
export { hubAdminHelp } from './hubUsage';


export interface HubAdminIo {
  readPassword(): Promise<string>;
}

const Email = z.email().max(254);
const ExerciseId = z.string().refine((id) => parseDocumentName(`exercise:${id}`) !== undefined, 'must be an exercise id (letters, digits, - and _)');

function need<T extends z.ZodType>(schema: T, value: unknown, flag: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`--${flag}: ${value === undefined ? 'is required' : result.error.issues[0]!.message}`);
  return result.data;
}

/**
 * Account administration on the hub's store, SQLite or PostgreSQL. It works while the hub runs
 * (SQLite WAL; PostgreSQL is shared anyway), and the hub reads accounts and assignments at every
 * decision, so changes apply at once.
 */
export async function hubAdmin(
  positionals: string[],
  args: { location: HubLocation; json?: boolean; email?: unknown; role?: unknown; exercise?: unknown },
  io: HubAdminIo,
): Promise<void> {
  const command = positionals.join(' ');
  const known = ['users add', 'users list', 'users disable', 'assign'];
  if (!known.includes(command)) throw new UsageError(`Unknown hub command "${command}".`);
  // Validate every flag before asking for a password.
  const email = command === 'users list' ? undefined : need(Email, args.email, 'email');
  const role = command === 'users add' ? need(Role, args.role, 'role') : undefined;
  const exercise = command === 'assign' ? need(ExerciseId, args.exercise, 'exercise') : undefined;
  const password = command === 'users add' ? await io.readPassword() : undefined;
  if (password !== undefined && password.length < minPasswordLength) {
    throw new CliFailure(`The password must have at least ${minPasswordLength} characters.`);
  }

  let store: HubStore;
  try {
    store = await openHubStore(args.location, { log: () => undefined });
  } catch (error) {
    if (error instanceof HubStartupError) throw new CliFailure(error.message);
    throw error;
  }
  try {
    const accounts = store.accounts;
    const find = async (address: string): Promise<UserRecord> => {
      const user = await accounts.byEmail(address);
      if (!user) throw new CliFailure(`There is no account for ${address}; add it with \`minga hub users add\`.`);
      return user;
    };
    switch (command) {
      case 'users add': {
        try {
          const user = await accounts.addUser({ email: email!, role: role!, passwordHash: await hashPassword(password!) });
          console.log(`Added ${user.role} ${user.email} (${user.id}).`);
        } catch (error) {
          if (error instanceof DuplicateEmailError) throw new CliFailure(error.message);
          throw error;
        }
        return;
      }
      case 'users list': {
        const users = [];
        for (const user of await accounts.list()) {
          users.push({
            id: user.id, email: user.email, role: user.role, disabled: user.disabledAt !== null,
            createdAt: user.createdAt, exercises: await accounts.assignedExercises(user.id),
          });
        }
        if (args.json) {
          console.log(JSON.stringify({ users }, null, 2));
          return;
        }
        if (users.length === 0) console.log('No accounts yet. Add one with `minga hub users add --email E --role admin`.');
        for (const user of users) {
          const assigned = user.exercises.length > 0 ? `, ${user.exercises.length} exercises assigned` : '';
          console.log(`${user.email}  ${user.role}${user.disabled ? ' (disabled)' : ''}${assigned}  [${user.id}]`);
        }
        return;
      }
      case 'users disable': {
        const user = await find(email!);
        console.log((await accounts.disable(user.id)) ? `Disabled ${user.email}.` : `${user.email} was already disabled.`);
        return;
      }
      case 'assign': {
        const user = await find(email!);
        if (user.role === 'admin' || user.role === 'coordinator') {
          console.log(`Note: a ${user.role} already sees every exercise; the assignment is recorded anyway.`);
        }
        const added = await accounts.assign(exercise!, user.id);
        console.log(added ? `Assigned exercise ${exercise} to ${user.email}.` : `${user.email} already had exercise ${exercise}.`);
        return;
      }
    }
  } finally {
    await store.close();
  }
}
