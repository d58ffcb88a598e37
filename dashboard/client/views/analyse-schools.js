// The per-school table: pupils by fase on the peildatum and absence over the month, with a link
// to each school's page. A school without any registered absence this month is flagged.

import { el, table } from '../lib/dom.js';
import { formatCount, formatPercent } from '../lib/format.js';
import { label } from '../lib/labels.js';

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').AnalyseMonth['scholen']} scholen
 */
export function renderSchoolTable(main, scholen) {
  const rows = [...scholen].sort((a, b) => b.fase3 - a.fase3 || b.fase2 - a.fase2 || String(a.naam).localeCompare(String(b.naam)));
  const node = table(
    [
      { label: 'School', value: (s) => el('a', { href: `/school/${encodeURIComponent(s.brin)}` }, s.naam ?? s.brin) },
      { label: 'BRIN', value: (s) => s.brin },
      { label: 'Sector', value: (s) => (s.sector ? label('sector', s.sector) : '–') },
      { label: 'Leerlingen', value: (s) => formatCount(s.leerlingen), numeric: true },
      { label: 'Fase 2', value: (s) => formatCount(s.fase2), numeric: true },
      { label: 'Fase 3', value: (s) => formatCount(s.fase3), numeric: true },
      { label: 'waarvan officieel', value: (s) => formatCount(s.officieel), numeric: true },
      { label: 'Aanwezigheid (4 wk)', value: (s) => formatPercent(s.aanwezigheid_w4), numeric: true },
      { label: 'Verzuim deze maand', value: (s) => formatPercent(s.verzuim), numeric: true },
      { label: 'waarvan ongeoorloofd', value: (s) => formatPercent(s.ongeoorloofd), numeric: true },
      { label: 'Verzuimexport', value: (s) => (s.export_ontbreekt ? 'ontbreekt' : 'ontvangen') },
    ],
    rows,
    { caption: 'Scholen, gesorteerd op aantal thuiszitters' },
  );
  [...node.querySelectorAll('tbody tr')].forEach((tr, i) => rows[i].export_ontbreekt && tr.classList.add('flag'));
  main.append(el('section', { class: 'block', id: 'scholen' }, el('h2', {}, 'Per school'), el('div', { class: 'table-card' }, node)));
}
