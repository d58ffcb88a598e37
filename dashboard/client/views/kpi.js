// Headline cards: a big number, what it is, and one line of context.

import { el } from '../lib/dom.js';

export function kpiRow(cards) {
  return el('div', { class: 'kpis' }, cards.map(kpiCard));
}

export function kpiCard({ title, value, detail, tone = 'neutral', badge }) {
  return el('section', { class: `kpi tone-${tone}`, 'aria-label': title },
    el('h3', {}, title),
    el('p', { class: 'value' }, value),
    badge ? el('p', { class: `badge ${badge.ok === true ? 'ok' : badge.ok === false ? 'bad' : 'unknown'}` }, badge.text) : null,
    detail ? el('p', { class: 'detail' }, detail) : null,
  );
}
