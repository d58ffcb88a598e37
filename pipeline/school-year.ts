// The school year runs from 1 August to 31 July (Leerplichtwet; jaartelling.md §1).

/** The first day of the school year (1 August) that holds `date` (ISO). */
export function schoolYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return `${month >= 8 ? year : year - 1}-08-01`;
}

/** The last day of the school year (31 July) that holds `date` (ISO). */
export function schoolYearEnd(date: string): string {
  return `${Number(schoolYearStart(date).slice(0, 4)) + 1}-07-31`;
}
