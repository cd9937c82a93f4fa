/**
 * Two kinds of failure (see DESIGN.md):
 * - InputError: the file itself is bad (corrupt, empty, not a deliberation,
 *   too large). A stored, visible outcome; never retried.
 * - any other Error: an infrastructure fault (Redis, database); retried.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** File name as given by the user (for the message). */
    readonly file: string,
    /** Short cause for people, in English or French, without the file name. */
    readonly cause_: string,
  ) {
    super(`${file}: ${cause_}`);
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (e instanceof Error && e.name === 'InputError');
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
