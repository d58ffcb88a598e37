// The data layer's domain errors as HTTP: a value in the wrong form is 400, nothing stored 404.

import { HTTPException } from 'hono/http-exception';
import type { DataError } from '../data/data-error.js';

const statusOf = { invalid: 400, not_found: 404 } as const;

export function httpErrorOf(error: DataError): HTTPException {
  return new HTTPException(statusOf[error.kind], { message: error.message, cause: error });
}
