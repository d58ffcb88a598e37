// Hand-made school_absence_shares rows (results.sql) for the fixture's schools: per month, the
// pupils enrolled and how many of them missed >= 10% and >= 50% of the school year so far.
// brin '' is the municipality: here simply the three schools added up.

type Row = Record<string, string | number>;

/** [leerlingen, ten_procent, vijftig_procent] in September, October and November. */
const perSchool: Record<string, [number, number, number][]> = {
  '12AB': [[80, 6, 0], [80, 8, 2], [80, 10, 2]],
  '34CD': [[99, 12, 5], [99, 15, 7], [99, 18, 10]],
  '56EF': [[23, 2, 1], [23, 3, 1], [23, 3, 2]],
};
// the municipality, per month: 202 pupils; Sep 20 / 6, Oct 26 / 10, Nov 31 / 14

const fixtureOrder = ['2025-09', '2025-10', '2025-11'];

export function absenceShareRows(months: string[]): Row[] {
  return months.flatMap((maand) => {
    // a month after November (the snapshot test's December) repeats November
    const k = fixtureOrder.includes(maand) ? fixtureOrder.indexOf(maand) : 2;
    const schools = Object.entries(perSchool).map(([brin, values]) => {
      const [leerlingen, ten_procent, vijftig_procent] = values[k];
      return { maand, brin, leerlingen, ten_procent, vijftig_procent };
    });
    const sum = (key: 'leerlingen' | 'ten_procent' | 'vijftig_procent') => schools.reduce((s, r) => s + r[key], 0);
    return [{ maand, brin: '', leerlingen: sum('leerlingen'), ten_procent: sum('ten_procent'), vijftig_procent: sum('vijftig_procent') }, ...schools];
  });
}
