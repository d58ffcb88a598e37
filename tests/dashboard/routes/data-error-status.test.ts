// The data layer's domain errors as the HTTP status the pages have always had.

import { describe, expect, test } from 'vitest';
import { DataError } from '../../../dashboard/data/data-error.js';
import { httpErrorOf } from '../../../dashboard/routes/data-error-status.js';

describe('httpErrorOf', () => {
  test('a value in the wrong form is 400, nothing stored is 404; the Dutch message goes along', () => {
    const invalid = httpErrorOf(new DataError('invalid', 'maand moet de vorm JJJJ-MM hebben'));
    expect(invalid.status).toBe(400);
    expect(invalid.message).toBe('maand moet de vorm JJJJ-MM hebben');
    expect(httpErrorOf(new DataError('not_found', 'geen gegevens voor maand 2024-01')).status).toBe(404);
  });
});
