// Data quality: what was loaded and refused, which schools sent no absence export this month.
// Loaded separately, so a slow quarantine list never holds up the charts.

import { getJson } from '../lib/api.js';
import { el, table } from '../lib/dom.js';
import { formatCount, monthLabel } from '../lib/format.js';
import { label } from '../lib/labels.js';

/**
 * @param {HTMLElement} main
 * @param {string | null} maand
 */
export async function renderQuality(main, maand) {
  const section = el('section', { class: 'block', id: 'datakwaliteit' }, el('h2', {}, 'Datakwaliteit'), el('p', { class: 'loading' }, 'Laden…'));
  main.append(section);
  /** @type {import('../api-types.js').Quality} */
  const data = await getJson(`/api/analyse/datakwaliteit${maand ? `?maand=${maand}` : ''}`);
  section.querySelector('.loading')?.remove();

  const missing = data.exportOntbreekt;
  section.append(
    el('div', { class: missing.length ? 'warning-box' : 'table-card' },
      el('h3', {}, `Scholen zonder verzuimexport${data.maand ? ` in ${monthLabel(data.maand)}` : ''}`),
      missing.length
        ? el('ul', {}, missing.map((s) => el('li', {}, `${s.naam ?? s.brin} (${s.brin}${s.sector ? `, ${label('sector', s.sector)}` : ''}): leerlingen ingeschreven, maar geen enkel verzuimuur geregistreerd.`)))
        : el('p', {}, 'Van alle scholen met leerlingen is verzuim ontvangen.'),
    ),
    el('div', { class: 'table-card' },
      el('h3', {}, 'Leerlingen van buiten de gemeente'),
      el('p', {}, data.buitenGemeente === null
        ? 'Nog geen gegevens voor deze maand.'
        : `${formatCount(data.buitenGemeente)} leerlingen hebben deze maand schoolgegevens (een inschrijving op de peildatum of geregistreerd verzuim), maar wonen niet in de gemeente volgens het leerplichtregister. Zij worden niet ingedeeld; hun schoolgegevens blijven bewaard.`),
    ),
    el('div', { class: 'stack' },
      el('div', { class: 'table-card' },
        el('h3', {}, `Geweigerde rijen (${formatCount(data.quarantaine.aantal)})`),
        data.quarantaine.rijen.length === 0
          ? el('p', { class: 'empty' }, 'Geen geweigerde rijen.')
          : table([
            { label: 'Bestand', value: (q) => q.file_name },
            { label: 'Regel', value: (q) => formatCount(q.line), numeric: true },
            { label: 'Kolom', value: (q) => q.kolom ?? '–' },
            { label: 'Reden', value: (q) => q.reason_nl },
            { label: 'Rij', value: (q) => el('code', {}, q.record) },
          ], data.quarantaine.rijen, { className: 'data quarantaine', stacked: true }),
      ),
      el('div', { class: 'table-card' },
        el('h3', {}, 'Ingelezen bestanden'),
        data.bestanden.length === 0
          ? el('p', { class: 'empty' }, 'Nog niets ingelezen.')
          : table([
            { label: 'Ingelezen', value: (f) => f.gestart ?? '–' },
            { label: 'Bestand', value: (f) => f.file_name },
            { label: 'Soort', value: (f) => label('soort', f.kind) },
            { label: 'Status', value: (f) => (f.status === 'already_loaded' ? 'al eerder ingelezen' : 'ingelezen') },
            { label: 'Geladen', value: (f) => formatCount(f.rows_loaded), numeric: true },
            { label: 'Geweigerd', value: (f) => formatCount(f.rows_rejected), numeric: true },
          ], data.bestanden),
      ),
    ),
  );
}
