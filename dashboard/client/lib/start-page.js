// What every page does: show who is logged in, offer the months, load the data for the
// chosen month and hand it to the page's render function; show errors as sentences.

import { getJson } from './api.js';
import { clear, el } from './dom.js';
import { monthLabel } from './format.js';
import { stampLine } from './stamp.js';

/**
 * @template {import('../api-types.js').PageAnswer} T
 * @param {{ url: (maand: string | undefined) => string, render: (main: HTMLElement, data: T) => void }} page
 */
export async function startPage({ url, render }) {
  const main = /** @type {HTMLElement} */ (document.getElementById('inhoud'));
  renderSession();
  /** @param {string | undefined} maand */
  const load = async (maand) => {
    main.setAttribute('aria-busy', 'true');
    try {
      const data = /** @type {T} */ (await getJson(url(maand)));
      clear(main);
      renderMonthPicker(data, load);
      render(main, data);
      const stamp = stampLine(data.stand);
      if (stamp) main.prepend(stamp);
      document.body.dataset.geladen = 'ja';
    } catch (error) {
      clear(main);
      // a month that cannot be shown still offers the others (the latest month's list)
      if (maand !== undefined) getJson(url(undefined)).then((data) => renderMonthPicker({ ...data, maand }, load), () => undefined);
      main.append(el('div', { class: 'error', role: 'alert' }, el('h2', {}, 'Dit kan nu niet worden getoond'), el('p', {}, error instanceof Error ? error.message : String(error))));
      document.body.dataset.geladen = 'fout';
    } finally {
      main.removeAttribute('aria-busy');
    }
  };
  await load(new URLSearchParams(window.location.search).get('maand') ?? undefined);
}

/**
 * @param {import('../api-types.js').PageAnswer} data
 * @param {(maand: string) => void} load
 */
function renderMonthPicker(data, load) {
  const slot = document.getElementById('maandkeuze');
  if (!slot) return;
  clear(slot);
  const months = data.maanden ?? [];
  if (months.length === 0) return;
  const select = el('select', { id: 'maand', name: 'maand' },
    [...months].reverse().map((m) => el('option', { value: m.maand, selected: m.maand === data.maand }, monthLabel(m.maand))));
  select.addEventListener('change', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('maand', select.value);
    window.history.replaceState(null, '', url);
    load(select.value);
  });
  slot.append(el('label', { for: 'maand' }, 'Maand'), select);
}

async function renderSession() {
  const slot = document.getElementById('sessie');
  if (!slot) return;
  const session = await getJson('/api/sessie').catch(() => ({ ingelogd: false }));
  clear(slot);
  if (!session.ingelogd) {
    slot.append(el('a', { href: `/inloggen?terug=${encodeURIComponent(window.location.pathname)}`, class: 'button ghost' }, 'Inloggen'));
    return;
  }
  // The pages themselves are in the menu (the server leaves out what this role cannot open).
  const form = el('form', { method: 'post', action: '/uitloggen' }, el('button', { type: 'submit', class: 'button ghost' }, 'Uitloggen'));
  slot.append(el('span', { class: 'who' }, session.gebruiker), form);
}
