// One pupil at one school: the current classification, the school year day by day, and the
// classification at each month end while at this school.

import { calendarKinds, describeDay, mainKind, pupilCalendar } from '../charts/pupil-calendar.js';
import { el, table } from '../lib/dom.js';
import { chartFigure } from '../lib/figure.js';
import { countOf, dateLabel, formatCount, formatDecimal, formatPercent, monthLabel } from '../lib/format.js';
import { label, signalList } from '../lib/labels.js';
import { kpiRow } from './kpi.js';

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').Pupil} data
 */
export function renderLeerling(main, data) {
  const now = data.geschiedenis.find((h) => h.peildatum === data.peildatum) ?? data.geschiedenis.at(-1);
  main.append(
    el('a', { class: 'back', href: `/school/${encodeURIComponent(data.leerling.brin)}?maand=${data.maand}` }, '← Terug naar de school'),
    el('section', { class: 'intro' },
      el('div', { class: 'page-title' }, el('h1', {}, `Leerling ${data.leerling.leerling_id}`), el('span', { class: 'meta' }, `peildatum ${dateLabel(data.peildatum)}`)),
    ),
    kpiRow([
      { title: 'Fase', value: now.fase, tone: now.fase === '3' ? 'official' : now.fase === '2' ? 'warning' : 'neutral', detail: now.fase === '3' ? `${label('duur', now.duur)} · officieel: ${now.officieel}` : label('fase', now.fase) },
      { title: 'Aaneengesloten afwezig', value: formatCount(now.streak_dagen ?? 0), tone: 'all', detail: `${now.streak_dagen === 1 ? 'schooldag' : 'schooldagen'}${now.streak_start ? `, sinds ${dateLabel(now.streak_start)}` : ''}` },
      { title: 'Aanwezig laatste 4 weken', value: formatPercent(now.aanwezigheid_w4, 0), tone: 'neutral', detail: `${formatDecimal(now.ongeoorloofd_uren_w4)} uur ongeoorloofd` },
      { title: 'Signalen', value: formatCount(signalList(now.signalen).length), tone: 'warning', detail: signalList(now.signalen).join(' · ') || 'geen' },
    ]),
  );

  const days = data.kalender;
  const withAbsence = days.filter((d) => d.soort === 'schooldag' && mainKind(d) !== 'aanwezig');
  chartFigure(main, {
    title: `${data.leerling.leerling_id} dag voor dag, ${data.kalender.length ? `vanaf ${dateLabel(data.kalender[0].datum)}` : 'dit schooljaar'}`,
    subtitle: `Elke schooldag verdeeld naar wat de school registreerde: een dag die half ongeoorloofd was, is half rood.${data.vanaf_streak ? ' De kalender begint bij de maand waarin de huidige aaneengesloten afwezigheid begon.' : ''}`,
    legend: calendarKinds.map((k) => ({ label: k.label, color: k.color })),
    empty: days.length === 0,
    draw: (width) => pupilCalendar(days, { width, title: 'Kalender van het schooljaar' }),
    columns: [{ label: 'Dag met verzuim', value: (d) => describeDay(d) }],
    rows: withAbsence,
    note: `${countOf(withAbsence.length, 'schooldag', 'schooldagen')} met verzuim geregistreerd tot de peildatum.`,
  });

  main.append(el('section', { class: 'block' }, el('h2', {}, 'Per maand'), el('div', { class: 'table-card' }, table([
    { label: 'Maand', value: (h) => monthLabel(h.peildatum.slice(0, 7)) },
    { label: 'Fase', value: (h) => label('fase', h.fase) },
    { label: 'Duur', value: (h) => label('duur', h.duur) },
    { label: 'Officieel', value: (h) => (h.fase === '3' ? h.officieel : '–') },
    { label: 'Signalen', value: (h) => signalList(h.signalen).join(', ') || '–' },
    { label: 'Aanwezig (4 wk)', value: (h) => formatPercent(h.aanwezigheid_w4), numeric: true },
    { label: 'Reden', value: (h) => (h.reden ? label('reden', h.reden) : '–') },
  ], data.geschiedenis))));
}
