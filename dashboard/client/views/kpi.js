// Headline cards: a big number, what it is, and one line of context.

import { sparkline } from '../charts/sparkline.js';
import { el } from '../lib/dom.js';

/**
 * @param {Parameters<typeof kpiCard>[0][]} cards
 */
export function kpiRow(cards) {
  return el('div', { class: 'kpis' }, cards.map(kpiCard));
}

/**
 * spark: optional [{ maand, aantal }] drawn as a small line beside the number.
 * @param {{ title: string, value: string, detail?: string, tone?: string, badge?: { text: string, ok: boolean | null }, spark?: { maand: string, aantal: number | null }[], color?: string }} card
 */
export function kpiCard({ title, value, detail, tone = 'neutral', badge, spark, color }) {
  return el('section', { class: `kpi tone-${tone}`, 'aria-label': title },
    el('h3', {}, title),
    el('div', { class: 'value-row' },
      el('p', { class: 'value' }, value),
      spark && spark.length > 1 ? sparkline(spark, { width: 90, height: 40, color }) : null,
    ),
    badge ? el('p', { class: `badge ${badge.ok === true ? 'ok' : badge.ok === false ? 'bad' : 'unknown'}` }, badge.text) : null,
    detail ? el('p', { class: 'detail' }, detail) : null,
  );
}
