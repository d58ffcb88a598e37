// The one error type for mistakes a user can fix (a bad flag, an unreadable file).
// The CLI prints it as one line, Dutch first, then English, and exits with its code;
// anything else is a bug and shows its stack with --debug.

export class UserError extends Error {
  readonly nl: string;
  readonly en: string;
  readonly exitCode: number;

  constructor(nl: string, en: string, { exitCode = 1 }: { exitCode?: number } = {}) {
    super(`${nl} / ${en}`);
    this.name = 'UserError';
    this.nl = nl;
    this.en = en;
    this.exitCode = exitCode;
  }
}
