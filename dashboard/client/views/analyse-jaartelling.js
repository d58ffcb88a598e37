// The analysts' annual count (jaartelling.md §5): the running and the previous school year in the
// order of the Leerplichttelling, exact. Each figure opens the list of youths behind it right under
// the table it belongs to; each year downloads as CSV for Dutch Excel. Loaded on its own, like the
// data quality.

import { getJson } from '../lib/api.js';
import { clear, el, table } from '../lib/dom.js';
import { dateLabel, formatCount, formatDecimal } from '../lib/format.js';
import { label } from '../lib/labels.js';
import { countedLine, jaarTable, notCountedText, soorten } from './jaartelling-table.js';

/** @param {HTMLElement} main */
export async function renderJaartelling(main) {
  const section = el('section', { class: 'block', id: 'jaartelling' },
    el('h2', {}, 'Jaartelling (Leerplichttelling)'),
    el('p', { class: 'section-intro' }, 'Unieke jongeren over het hele schooljaar (1 augustus t/m 31 juli), per onderwijssoort, in de volgorde van de Leerplichttelling van DUO. Klik op een aantal voor de jongeren erachter.'),
    el('p', { class: 'loading' }, 'Laden…'),
  );
  main.append(section);
  /** @type {import('../api-types.js').Jaartelling} */
  let data;
  try {
    data = await getJson('/api/analyse/jaartelling');
  } catch (error) {
    section.querySelector('.loading')?.replaceWith(el('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
    return;
  }
  section.querySelector('.loading')?.remove();
  // one list for the section, moved under the table whose figure was clicked
  const list = el('div', { class: 'table-card', id: 'jaartelling-lijst', hidden: true });
  for (const year of data.jaren) section.append(yearBlock(year, list));
}

/**
 * @param {import('../api-types.js').Jaartelling['jaren'][number]} year
 * @param {HTMLElement} list
 */
function yearBlock(year, list) {
  const card = el('div', { class: 'table-card', 'data-schooljaar': year.schooljaar }, el('h3', {}, `Schooljaar ${year.schooljaar}`));
  if (!year.geteld) {
    card.append(el('p', { class: 'empty' }, notCountedText(year.schooljaar)));
    return card;
  }
  const query = (extra) => new URLSearchParams({ schooljaar: year.schooljaar, ...extra }).toString();
  card.append(
    el('p', { class: 'meta' }, countedLine(year)),
    el('div', { class: 'downloads' }, el('a', { href: `/api/analyse/export/jaartelling.csv?${query({})}`, download: '' }, `Jaartelling ${year.schooljaar} (CSV)`)),
    jaarTable(year, {
      caption: `Jaartelling ${year.schooljaar}, unieke jongeren per onderwijssoort`,
      duoCodes: true,
      cell: (line, soort) => {
        const n = line.cijfers[soort];
        if (n === null) return '–';
        if (line.rate) return formatDecimal(n);
        if (n === 0) return '0';
        const href = `/api/analyse/jaartelling/leerlingen?${query({ regel: line.regel, onderwijssoort: soort })}`;
        const link = el('a', { href, class: 'figure-link', title: `de ${formatCount(n)} jongeren achter dit aantal` }, formatCount(n));
        link.addEventListener('click', (event) => {
          event.preventDefault();
          showList(list, href, card);
        });
        return link;
      },
    }),
  );
  return card;
}

async function showList(list, href, card) {
  card.after(list);
  clear(list);
  list.hidden = false;
  list.append(el('p', { class: 'loading' }, 'Laden…'));
  try {
    const data = await getJson(href);
    const soort = soorten.find((s) => s.key === data.onderwijssoort)?.label ?? data.onderwijssoort;
    const csv = href.replace('/api/analyse/jaartelling/leerlingen?', '/api/analyse/export/jaartelling-leerlingen.csv?');
    clear(list).append(
      el('h3', { tabindex: '-1' }, `${data.omschrijving} · ${soort} · ${data.schooljaar}: ${formatCount(data.leerlingen.length)} jongeren`),
      el('p', { class: 'meta' }, el('code', {}, data.regel), data.peildatum ? ` · school en fase op de laatste peildatum, ${dateLabel(data.peildatum)}` : ''),
      el('div', { class: 'downloads' }, el('a', { href: csv, download: '' }, 'Deze lijst (CSV)')),
      table([
        { label: 'Leerling', value: (r) => (r.brin ? el('a', { href: `/school/${encodeURIComponent(r.brin)}/leerling/${encodeURIComponent(r.leerling_id)}` }, r.leerling_id) : r.leerling_id) },
        { label: 'School', value: (r) => (r.brin ? `${r.school ?? r.brin} (${r.brin})` : '–') },
        { label: 'Nu', value: (r) => (r.categorie ? `${label('categorie', r.categorie)}${r.fase && r.fase !== '-' ? `, fase ${r.fase}` : ''}` : 'niet ingedeeld') },
      ], data.leerlingen, { caption: 'Jongeren achter dit aantal' }),
    );
  } catch (error) {
    clear(list).append(el('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
  }
  // Only now, with the list drawn: scrolled while it said "Laden…", the table grew below the
  // window's edge. Its top at the top of the window shows the heading and as many youths as fit;
  // the heading takes the focus so a screen reader reads what opened.
  list.scrollIntoView({ block: 'start' });
  list.querySelector('h3')?.focus({ preventScroll: true });
}
