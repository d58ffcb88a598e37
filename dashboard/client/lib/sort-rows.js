// Sorting and filtering the action list: pure functions, so they are tested without a browser.

/** @param {unknown} v */
const isEmpty = (v) => v === null || v === undefined || v === '';

/**
 * Compare two values: numbers and strings; empty (null, undefined, '') always last.
 * @param {unknown} a
 * @param {unknown} b
 * @returns {number}
 */
export function compareValues(a, b) {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? 0 : isEmpty(a) ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nl', { numeric: true });
}

/**
 * Rows sorted by `key` (a function row => value) in `direction` ('asc' | 'desc'); empty values
 * stay last either way, and ties keep their given order (the server's default order).
 * @template T
 * @param {T[]} rows
 * @param {(row: T) => unknown} key
 * @param {'asc' | 'desc'} direction
 * @returns {T[]}
 */
export function sortRows(rows, key, direction) {
  const sign = direction === 'desc' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index, value: key(row) }))
    .sort((x, y) => {
      if (isEmpty(x.value) !== isEmpty(y.value)) return isEmpty(x.value) ? 1 : -1;
      return sign * compareValues(x.value, y.value) || x.index - y.index;
    })
    .map((x) => x.row);
}

/**
 * Pupils that match the filters: fase ('' = all), signal code ('' = all), only new ones.
 * @template {{ fase: string, signalen: string, sinds_vorige_maand: string | null }} T
 * @param {T[]} pupils
 * @param {{ fase?: string, signaal?: string, alleenNieuw?: boolean }} [filters]
 * @returns {T[]}
 */
export function filterPupils(pupils, { fase = '', signaal = '', alleenNieuw = false } = {}) {
  return pupils.filter((p) =>
    (fase === '' || p.fase === fase)
    && (signaal === '' || (p.signalen ? p.signalen.split('|') : []).includes(signaal))
    && (!alleenNieuw || p.sinds_vorige_maand === 'nieuw' || p.sinds_vorige_maand === 'naar_fase_3'));
}
