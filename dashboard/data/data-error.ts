// What the data layer answers when a request cannot be met: a value in the wrong form (`invalid`)
// or nothing stored for it (`not_found`). The data layer knows no HTTP: the app turns this into
// 400 or 404 (routes/data-error-status.ts), `tzm report` into its own user error. The message is
// Dutch, for the page, and never echoes more than the asked month or school year.

export type DataErrorKind = 'invalid' | 'not_found';

export class DataError extends Error {
  readonly kind: DataErrorKind;

  constructor(kind: DataErrorKind, message: string) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
  }
}
