// One pupil's school year, a square per day: columns are weeks, rows weekdays. Each school day
// is coloured by what was registered (the category with the most hours); paler when only
// part of the day was missed. Holidays, weekends and days without enrollment are grey.
// days: [{ datum, soort, omschrijving, gepland, ziek, geoorloofd, ongeoorloofd, onbekend, codes }]

import { colors } from '../lib/colors.js';
import { dateLabel, formatDecimal, isoDate } from '../lib/format.js';

export const calendarKinds = [
  { key: 'aanwezig', label: 'Aanwezig (niets geregistreerd)', color: colors.aanwezig },
  { key: 'ziek', label: 'Ziek', color: colors.ziek },
  { key: 'geoorloofd', label: 'Geoorloofd afwezig', color: colors.geoorloofd },
  { key: 'ongeoorloofd', label: 'Ongeoorloofd afwezig', color: colors.ongeoorloofd },
  { key: 'onbekend', label: 'Onbekende code (telt als ongeoorloofd)', color: colors.onbekend },
  { key: 'vakantie', label: 'Vakantie of vrije dag', color: colors.vakantie },
  { key: 'weekend', label: 'Weekend', color: colors.weekend },
  { key: 'niet_ingeschreven', label: 'Niet ingeschreven op deze school', color: colors.niet_ingeschreven },
  { key: 'toekomst', label: 'Na de peildatum', color: '#ffffff' },
];

const weekdays = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const monthNames = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** What a day shows: its kind and, for absence, how much of the day (0-1). */
export function dayKind(day) {
  if (day.soort !== 'schooldag') return { kind: day.soort === 'toekomst' ? null : day.soort, share: 1 };
  const hours = { ziek: day.ziek, geoorloofd: day.geoorloofd, ongeoorloofd: day.ongeoorloofd, onbekend: day.onbekend };
  const total = hours.ziek + hours.geoorloofd + hours.ongeoorloofd + hours.onbekend;
  if (total <= 0) return { kind: 'aanwezig', share: 1 };
  const kind = Object.entries(hours).sort((a, b) => b[1] - a[1])[0][0];
  return { kind, share: Math.min(1, total / (day.gepland || 5)) };
}

export function pupilCalendar(days, { width = 900, title } = {}) {
  const first = isoDate(days[0].datum);
  const mondayOfFirst = +first - ((first.getUTCDay() + 6) % 7) * 86400_000;
  const cells = days.map((d) => {
    const date = isoDate(d.datum);
    const { kind, share } = dayKind(d);
    return { ...d, kind, share, week: Math.floor((+date - mondayOfFirst) / (7 * 86400_000)), dag: (date.getUTCDay() + 6) % 7 };
  });
  const monthStarts = cells.filter((c) => c.datum.endsWith('-01')).map((c) => ({ week: c.week, naam: monthNames[Number(c.datum.slice(5, 7)) - 1] }));
  const weeks = Math.max(...cells.map((c) => c.week)) + 1;
  const color = Object.fromEntries(calendarKinds.map((k) => [k.key, k.color]));
  const size = Math.max(9, Math.min(22, Math.floor((width - 40) / weeks)));
  return Plot.plot({
    width: 40 + weeks * size,
    height: 40 + 7 * size,
    marginLeft: 30,
    marginTop: 24,
    marginBottom: 8,
    ariaLabel: title,
    x: { axis: null, domain: d3.range(weeks) },
    y: { label: null, domain: d3.range(7), tickFormat: (i) => weekdays[i], tickSize: 0 },
    marks: [
      Plot.cell(cells.filter((c) => c.kind), {
        x: 'week', y: 'dag', fill: (c) => color[c.kind], fillOpacity: (c) => 0.35 + 0.65 * c.share,
        stroke: (c) => (c.kind === 'niet_ingeschreven' ? '#d5dae0' : 'white'), inset: 0.5,
        title: (c) => describeDay(c),
      }),
      Plot.cell(cells.filter((c) => !c.kind), { x: 'week', y: 'dag', fill: 'white', stroke: '#eef0f3', inset: 0.5, title: (c) => `${dateLabel(c.datum)}: na de peildatum` }),
      Plot.text(monthStarts, { x: 'week', y: 0, text: 'naam', dy: -size, textAnchor: 'start', fill: '#4a5562' }),
    ],
  });
}

export function describeDay(c) {
  const parts = [dateLabel(c.datum)];
  if (c.soort === 'vakantie') parts.push(c.omschrijving ?? 'vakantie');
  else if (c.soort === 'weekend') parts.push('weekend');
  else if (c.soort === 'niet_ingeschreven') parts.push('niet ingeschreven op deze school');
  else if (c.kind === 'aanwezig') parts.push('aanwezig');
  else {
    for (const key of ['ziek', 'geoorloofd', 'ongeoorloofd', 'onbekend']) if (c[key] > 0) parts.push(`${key} ${formatDecimal(c[key])} u`);
    if (c.codes) parts.push(`code ${c.codes}`);
  }
  return parts.join(' · ');
}
