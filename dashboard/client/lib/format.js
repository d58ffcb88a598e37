// Dutch number, percentage and date formatting.

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
// the usual Dutch abbreviations: 'mrt', not the first three letters 'maa'
const shortMonths = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * @param {number | null | undefined} n
 */
export function formatCount(n) {
  return n === null || n === undefined ? '–' : integer.format(n);
}

/**
 * @param {number | null | undefined} n
 */
export function formatDecimal(n) {
  return n === null || n === undefined ? '–' : oneDecimal.format(n);
}

/**
 * 0.0523 -> "5,2%"
 * @param {number | null | undefined} x
 * @param {number} [digits]
 */
export function formatPercent(x, digits = 1) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x * 100)}%`;
}

/**
 * "1 schooldag", "3 schooldagen": the count with the word in the right number.
 * @param {number} n
 * @param {string} one
 * @param {string} many
 */
export function countOf(n, one, many) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * A public figure { aantal, label }: the count, or "<5" / "×".
 * @param {import('../api-types.js').Figure | null | undefined} figure
 */
export function figureText(figure) {
  if (!figure) return '–';
  return figure.aantal === null ? figure.label : integer.format(figure.aantal);
}

/**
 * "2025-11" -> "november 2025"
 * @param {string | null | undefined} maand
 */
export function monthLabel(maand) {
  if (!maand) return '';
  const [y, m] = maand.split('-').map(Number);
  return `${months[m - 1]} ${y}`;
}

/**
 * "2025-11-30" -> "30 november 2025"
 * @param {string | null | undefined} iso
 */
export function dateLabel(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}

/**
 * "2025-11-30" -> "30 nov"
 * @param {string} iso
 */
export function dateShort(iso) {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${shortMonths[m - 1]}`;
}

/**
 * "2026-10", 12 -> "2025-10"; a negative n counts forward ("2025-12", -1 -> "2026-01").
 * @param {string} maand
 * @param {number} n
 */
export function monthsBefore(maand, n) {
  const [y, m] = maand.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * "2025-11" -> a Date at the first of the month (UTC), for time axes.
 * @param {string} maand
 */
export function monthDate(maand) {
  return new Date(`${maand}-01T00:00:00Z`);
}

/**
 * @param {string} iso
 */
export function isoDate(iso) {
  return new Date(`${iso}T00:00:00Z`);
}

export const nlMonthTick = (date) => `${shortMonths[date.getUTCMonth()]} ${String(date.getUTCFullYear()).slice(2)}`;
