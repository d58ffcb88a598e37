// The school's pupils in fase 2 and 3: by leerling_id, with their signals and streak, each
// linking to the pupil's calendar.

import { el, table } from '../lib/dom.js';
import { dateLabel, formatCount, formatDecimal, formatPercent } from '../lib/format.js';
import { label, signalList } from '../lib/labels.js';

export function renderPupilTable(main, data) {
  const section = el('section', { class: 'block', id: 'leerlingen' }, el('h2', {}, 'Leerlingen in fase 2 en 3'));
  main.append(section);
  if (data.leerlingen.length === 0) {
    section.append(el('p', { class: 'empty' }, 'Geen leerlingen in fase 2 of 3 op deze peildatum.'));
    return;
  }
  const link = (p) => el('a', { href: `/school/${encodeURIComponent(data.school.brin)}/leerling/${encodeURIComponent(p.leerling_id)}?maand=${data.maand}` }, p.leerling_id);
  section.append(el('div', { class: 'table-card' }, table([
    { label: 'Leerling', value: link },
    { label: 'Fase', value: (p) => el('span', { class: `chip fase${p.fase}` }, p.fase === '3' ? `3 · ${p.duur}` : '2') },
    { label: 'Officieel', value: (p) => (p.fase === '3' ? p.officieel : '–') },
    { label: 'Signalen', value: (p) => signalList(p.signalen).map((s) => el('span', { class: 'chip' }, s)) },
    { label: 'Aaneengesloten afwezig', value: (p) => (p.streak_dagen ? `${formatCount(p.streak_dagen)} schooldagen${p.streak_start ? `, sinds ${dateLabel(p.streak_start)}` : ''}` : '–') },
    { label: 'Aanwezig (4 wk)', value: (p) => formatPercent(p.aanwezigheid_w4), numeric: true },
    { label: 'Ongeoorl. uren (4 wk)', value: (p) => formatDecimal(p.ongeoorloofd_uren_w4), numeric: true },
    { label: 'Reden', value: (p) => (p.reden ? label('reden', p.reden) : '–') },
    { label: 'Traject', value: (p) => (p.traject_soort ? label('traject_soort', p.traject_soort) : '–') },
  ], data.leerlingen, { caption: `${data.leerlingen.length} leerlingen, langst afwezig eerst` })));
}
