// A school's absence as shares of its planned hours, from the school page's days (data/school.ts
// `dagen`: one row per school day since 1 August, with the municipality's hours beside it). Pure
// functions, so they are tested without a browser; the school page only lays them out.

/** @typedef {import('../api-types.js').School['dagen'][number]} SchoolDay */

/**
 * The hours absent on a day, of every kind.
 * @param {SchoolDay} d
 */
export const absentHours = (d) => d.ziek + d.geoorloofd + d.ongeoorloofd;

/**
 * @template T
 * @param {T[]} rows
 * @param {(row: T) => number} f
 */
const sum = (rows, f) => rows.reduce((s, r) => s + f(r), 0);

/**
 * The school's and the municipality's absence over all the days: absent hours over planned hours
 * (0 when nothing was planned).
 * @param {SchoolDay[]} dagen
 */
export function yearRates(dagen) {
  const days = dagen.filter((d) => d.gepland > 0);
  return {
    school: sum(days, absentHours) / Math.max(1, sum(days, (d) => d.gepland)),
    gemeente: sum(dagen, (d) => d.gemeente_afwezig) / Math.max(1, sum(dagen, (d) => d.gemeente_gepland)),
  };
}

/**
 * Absence per weekday (1 = Monday .. 5 = Friday): the school's over its own school days (null
 * without any), the municipality's over the same dates (null without any).
 * @param {SchoolDay[]} dagen
 */
export function weekdayRates(dagen) {
  return [1, 2, 3, 4, 5].map((dag) => {
    const rows = dagen.filter((d) => d.dag === dag);
    const own = rows.filter((d) => d.gepland > 0);
    return {
      dag,
      school: own.length ? sum(own, absentHours) / sum(own, (d) => d.gepland) : null,
      gemeente: rows.length ? sum(rows, (d) => d.gemeente_afwezig) / sum(rows, (d) => d.gemeente_gepland) : null,
    };
  });
}

/**
 * Absence per school week (its Monday), in the order the days come: the school's (null without
 * planned hours), the municipality's, and the school's split into ziek, geoorloofd, ongeoorloofd
 * (0 without planned hours).
 * @param {SchoolDay[]} dagen
 */
export function weekRates(dagen) {
  return [...new Set(dagen.map((d) => d.week))].map((week) => {
    const rows = dagen.filter((d) => d.week === week);
    const own = rows.filter((d) => d.gepland > 0);
    const planned = sum(own, (d) => d.gepland);
    return {
      week,
      school: planned ? sum(own, absentHours) / planned : null,
      gemeente: sum(rows, (d) => d.gemeente_afwezig) / Math.max(1, sum(rows, (d) => d.gemeente_gepland)),
      ziek: planned ? sum(own, (d) => d.ziek) / planned : 0,
      geoorloofd: planned ? sum(own, (d) => d.geoorloofd) / planned : 0,
      ongeoorloofd: planned ? sum(own, (d) => d.ongeoorloofd) / planned : 0,
    };
  });
}

/**
 * Each of the school's own school days with its absence share, for the week-by-weekday grid.
 * @param {SchoolDay[]} dagen
 */
export function dayRates(dagen) {
  return dagen.filter((d) => d.gepland > 0).map((d) => ({ week: d.week, dag: d.dag, rate: absentHours(d) / d.gepland, datum: d.datum }));
}
