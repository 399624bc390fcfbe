import { archiveProblemKey, type ArchiveProblem } from '../../shared/contract/archive';
import { ApiError } from '../../shared/domain/errors';

/**
 * An archive that cannot be imported, and why. The message (English) is for the command line
 * and logs; the issue carries the catalogue key and the entry concerned, so the app says the
 * same in the user's language. Thrown before anything is written.
 */
export class ArchiveRefused extends ApiError {
  readonly problem: ArchiveProblem;
  constructor(problem: ArchiveProblem, message: string, entry = '') {
    super('invalid_input', message, [{ path: entry, key: archiveProblemKey(problem) }]);
    this.name = 'ArchiveRefused';
    this.problem = problem;
  }
}
