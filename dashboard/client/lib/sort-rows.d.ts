// Types for sort-rows.js, so the server-side tests can import the client's pure functions.

export function compareValues(a: unknown, b: unknown): number;
export function sortRows<T>(rows: T[], key: (row: T) => unknown, direction: 'asc' | 'desc'): T[];
export function filterPupils<T extends { fase: string; signalen: string; sinds_vorige_maand: string | null }>(
  pupils: T[],
  filters?: { fase?: string; signaal?: string; alleenNieuw?: boolean },
): T[];
