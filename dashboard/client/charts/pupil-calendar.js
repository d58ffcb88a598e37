// One pupil's days at one school, a square per day. On a wide screen the columns are weeks and
// the rows weekdays; on a phone (narrow) it becomes a list of weeks, one row per week with its
// five school days, big enough to read. A school day is split in proportion to what was
// registered (ziek, geoorloofd, ongeoorloofd, onbekend; the rest of the day present), so a day
// that was half unauthorised shows half red. Holidays, weekends, days without an enrollment and
// days after the peildatum each have their own swatch.
// days: [{ datum, soort, omschrijving, gepland, ziek, geoorloofd, ongeoorloofd, onbekend, codes }]

import { colors } from '../lib/colors.js';
import { dateLabel, dateShort, formatDecimal, isoDate } from '../lib/format.js';

export const calendarKinds = [
  { key: 'aanwezig', label: 'Aanwezig (niets geregistreerd)', color: colors.aanwezig },
  { key: 'ziek', label: 'Ziek', color: colors.ziek },
  { key: 'geoorloofd', label: 'Geoorloofd afwezig', color: colors.geoorloofd },
  { key: 'ongeoorloofd', label: 'Ongeoorloofd afwezig', color: colors.ongeoorloofd },
  { key: 'onbekend', label: 'Onbekende code (telt als ongeoorloofd)', color: colors.onbekend },
  { key: 'vakantie', label: 'Vakantie of vrije dag', color: colors.vakantie },
  { key: 'weekend', label: 'Weekend', color: colors.weekend },
  { key: 'niet_ingeschreven', label: 'Niet ingeschreven op deze school', color: colors.niet_ingeschreven },
  { key: 'toekomst', label: 'Na de peildatum', color: colors.toekomst, border: colors.kalender_rand },
];

/** Below this width the calendar is a list of weeks. */
export const narrowWidth = 560;

const absenceKeys = ['ongeoorloofd', 'onbekend', 'geoorloofd', 'ziek'];
const weekdays = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const monthNames = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * What a day shows, as parts of the day in order: [{ kind, share }] with shares adding up to 1.
 * A school day: each registered category's share of the planned hours (already capped by the
 * server), then the present rest; any other day: one part of its own kind.
 * @param {{ soort: string, gepland: number, ziek: number, geoorloofd: number, ongeoorloofd: number, onbekend: number }} day
 * @returns {{ kind: string, share: number }[]}
 */
export function daySegments(day) {
  if (day.soort !== 'schooldag') return [{ kind: day.soort, share: 1 }];
  const planned = day.gepland || 5;
  const parts = absenceKeys.filter((key) => day[key] > 0).map((key) => ({ kind: key, share: day[key] / planned }));
  const absent = parts.reduce((sum, p) => sum + p.share, 0);
  if (absent < 1) parts.push({ kind: 'aanwezig', share: 1 - absent });
  return parts;
}

/**
 * The category with the most hours (for the table beside the chart), or 'aanwezig'.
 * @param {Parameters<typeof daySegments>[0]} day
 */
export function mainKind(day) {
  return daySegments(day).reduce((best, p) => (p.share > best.share ? p : best)).kind;
}

/**
 * @param {import('../api-types.js').Pupil['kalender']} days
 * @param {import('./axis.js').ChartSize} [options]
 */
export function pupilCalendar(days, { width = 900, title } = {}) {
  const narrow = width < narrowWidth;
  const first = isoDate(days[0].datum);
  const mondayOfFirst = +first - ((first.getUTCDay() + 6) % 7) * 86400_000;
  const placed = days.map((d) => {
    const date = isoDate(d.datum);
    return { ...d, week: Math.floor((+date - mondayOfFirst) / (7 * 86400_000)), dag: (date.getUTCDay() + 6) % 7 };
  }).filter((d) => !narrow || d.dag < 5); // the list of weeks leaves weekends out
  // the list of weeks ends with the peildatum's week: a phone would scroll past ~2,000 px of
  // empty weeks to come (the grid on a wide screen keeps the whole school year at a glance)
  const lastKnown = Math.max(0, ...placed.filter((c) => c.soort !== 'toekomst').map((c) => c.week));
  if (narrow) placed.splice(0, placed.length, ...placed.filter((c) => c.week <= lastKnown));
  const weeks = Math.max(...placed.map((c) => c.week)) + 1;
  const rows = narrow ? 5 : 7;
  const color = Object.fromEntries(calendarKinds.map((k) => [k.key, k.color]));
  const border = Object.fromEntries(calendarKinds.map((k) => [k.key, k.border ?? 'none']));

  // One rectangle per part of a day, stacked along the day's long side. Coordinates are in
  // cells: `along` is the week, `across` the weekday (swapped on a phone).
  const parts = placed.flatMap((d) => {
    let start = 0;
    return daySegments(d).map((p) => {
      const part = { ...d, kind: p.kind, from: start, to: start + p.share };
      start += p.share;
      return part;
    });
  });
  const inset = 0.06;
  const box = (c) => {
    const weekAxis = [c.week + inset, c.week + 1 - inset];
    const dayAxis = [c.dag + inset, c.dag + 1 - inset];
    // a part fills a slice of the day: top to bottom on the grid, left to right in the list
    const span = (lo, hi) => [lo + (hi - lo) * c.from, lo + (hi - lo) * c.to];
    return narrow ? { x: span(...dayAxis), y: weekAxis } : { x: weekAxis, y: span(...dayAxis) };
  };
  const size = narrow
    ? Math.max(28, Math.floor((width - 70) / rows))
    : Math.max(9, Math.min(22, Math.floor((width - 40) / weeks)));
  const monthStarts = placed.filter((c) => c.datum.endsWith('-01') || c === placed[0]).map((c) => ({ week: c.week, naam: monthNames[Number(c.datum.slice(5, 7)) - 1] }));
  const weekStarts = d3.range(weeks).map((w) => ({ week: w, label: dateShort(new Date(mondayOfFirst + w * 7 * 86400_000).toISOString().slice(0, 10)) }));
  const marks = [
    Plot.rect(parts, {
      x1: (c) => box(c).x[0], x2: (c) => box(c).x[1], y1: (c) => box(c).y[0], y2: (c) => box(c).y[1],
      fill: (c) => color[c.kind], stroke: (c) => border[c.kind], strokeWidth: 0.8,
      title: (c) => describeDay(c),
    }),
  ];
  if (narrow) {
    marks.push(
      Plot.text(weekStarts, { x: 0, y: (w) => w.week + 0.5, text: 'label', dx: -6, textAnchor: 'end', fill: colors.ink_label }),
      Plot.text(d3.range(5), { x: (i) => i + 0.5, y: 0, text: (i) => weekdays[i], dy: -8, fill: colors.ink_label }),
    );
  } else {
    marks.push(
      Plot.text(d3.range(7), { x: 0, y: (i) => i + 0.5, text: (i) => weekdays[i], dx: -6, textAnchor: 'end', fill: colors.ink_label }),
      Plot.text(monthStarts, { x: (m) => m.week, y: 0, text: 'naam', dy: -8, textAnchor: 'start', fill: colors.ink_label }),
    );
  }
  const [across, along] = narrow ? [rows, weeks] : [weeks, rows];
  return Plot.plot({
    width: (narrow ? 70 : 34) + across * size + 4,
    height: 24 + along * size + 4,
    marginLeft: narrow ? 70 : 34,
    marginTop: 24,
    marginRight: 4,
    marginBottom: 4,
    ariaLabel: title,
    x: { axis: null, domain: [0, across] },
    y: { axis: null, domain: [0, along], reverse: true },
    marks,
  });
}

export function describeDay(c) {
  const parts = [dateLabel(c.datum)];
  if (c.soort === 'vakantie') parts.push(c.omschrijving ?? 'vakantie');
  else if (c.soort === 'weekend') parts.push('weekend');
  else if (c.soort === 'niet_ingeschreven') parts.push('niet ingeschreven op deze school');
  else if (c.soort === 'toekomst') parts.push('na de peildatum');
  else if (absenceKeys.every((key) => !(c[key] > 0))) parts.push('aanwezig');
  else {
    for (const key of ['ziek', 'geoorloofd', 'ongeoorloofd', 'onbekend']) if (c[key] > 0) parts.push(`${key} ${formatDecimal(c[key])} u`);
    if (c.codes) parts.push(`code ${c.codes}`);
  }
  return parts.join(' · ');
}
