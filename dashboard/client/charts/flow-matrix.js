// Who went where between two month ends: rows are last month's state, columns this month's.
// The diagonal is "stayed"; the cells off it are the movements (classification.md §6).
// flows: [{ van, naar, aantal }]; states: [{ key, label }] in display order.
// Eight columns of long state names need room: below `matrixMinWidth` (a phone, a narrow
// window) the chart becomes a list of the largest movements, each with its names written out
// above its bar; every flow is in the table under the chart either way.

import { colors } from '../lib/colors.js';
import { formatCount } from '../lib/format.js';

export const matrixMinWidth = 760;
/** How many movements the list shows; the rest are named in one line below it. */
const listLength = 10;

/**
 * @param {{ van: string, naar: string, aantal: number }[]} flows
 * @param {{ key: string, label: string }[]} states
 * @param {import('./axis.js').ChartSize} [options]
 */
export function flowMatrix(flows, states, { width = 640, title } = {}) {
  return width < matrixMinWidth ? flowList(flows, states, { width, title }) : matrix(flows, states, { width, title });
}

function matrix(flows, states, { width, title }) {
  const labelOf = (key) => states.find((s) => s.key === key)?.label ?? key;
  const domain = states.map((s) => s.label);
  const cells = flows.map((f) => ({ van: labelOf(f.van), naar: labelOf(f.naar), aantal: f.aantal, blijft: f.van === f.naar }));
  const max = Math.max(1, ...cells.filter((c) => !c.blijft).map((c) => c.aantal));
  const marginLeft = 190;
  // column names written horizontally, wrapped to the column (ems of the 10 px axis font)
  const columnEms = Math.max(5, ((width - marginLeft - 10) / domain.length - 12) / 10);
  return Plot.plot({
    width,
    height: 110 + domain.length * 44,
    marginLeft,
    marginTop: 70,
    marginRight: 10,
    ariaLabel: title,
    x: { domain },
    y: { domain },
    color: { type: 'sqrt', scheme: 'oranges', domain: [0, max], label: 'Aantal jongeren dat van toestand wisselde', legend: true },
    marks: [
      Plot.axisX({ anchor: 'top', label: 'Deze maand →', labelAnchor: 'right', lineWidth: columnEms, tickSize: 0 }),
      Plot.axisY({ label: '↓ Vorige maand', labelAnchor: 'top', lineWidth: 13, tickSize: 0 }),
      // what the grey diagonal means, in the empty corner left of the column names
      Plot.text(['Grijs: bleef gelijk'], { frameAnchor: 'top-left', textAnchor: 'start', dx: -marginLeft + 6, dy: -20, fill: colors.ink_muted }),
      Plot.cell(cells.filter((c) => !c.blijft), { x: 'naar', y: 'van', fill: 'aantal', inset: 1.5, title: (c) => `${c.van} → ${c.naar}: ${c.aantal}` }),
      Plot.cell(cells.filter((c) => c.blijft), { x: 'naar', y: 'van', fill: colors.unchanged, inset: 1.5, title: (c) => `${c.van}, bleef: ${c.aantal}` }),
      // movements bold, who stayed not: Plot takes a font weight as one constant per mark
      Plot.text(cells.filter((c) => !c.blijft), { x: 'naar', y: 'van', text: (c) => formatCount(c.aantal), fill: (c) => (c.aantal / max > 0.55 ? colors.on_colour : colors.ink), fontWeight: 'bold' }),
      Plot.text(cells.filter((c) => c.blijft), { x: 'naar', y: 'van', text: (c) => formatCount(c.aantal), fill: colors.ink }),
    ],
  });
}

/** The largest movements (who stayed is left out), largest first: "from" and "→ to" above each bar. */
function flowList(flows, states, { width, title }) {
  const labelOf = (key) => states.find((s) => s.key === key)?.label ?? key;
  const moves = flows.filter((f) => f.van !== f.naar && f.aantal > 0).sort((a, b) => b.aantal - a.aantal || a.van.localeCompare(b.van));
  const shown = moves.slice(0, listLength).map((f, i) => ({ ...f, rij: i, tekst: `${labelOf(f.van)}\n→ ${labelOf(f.naar)}` }));
  const rest = moves.slice(listLength);
  const band = 64;
  const max = Math.max(1, ...shown.map((f) => f.aantal));
  const rows = shown.map((f) => f.rij);
  return Plot.plot({
    width,
    height: 10 + shown.length * band + (rest.length ? 30 : 0),
    marginLeft: 4,
    marginRight: 4,
    marginTop: 6,
    marginBottom: rest.length ? 30 : 4,
    ariaLabel: title,
    x: { domain: [0, max * 1.18], axis: null },
    y: { domain: rows, axis: null, paddingInner: 0, paddingOuter: 0 },
    marks: [
      // the two names in the upper part of the band, the bar and its count in the lower part
      Plot.text(shown, { y: 'rij', text: 'tekst', frameAnchor: 'left', textAnchor: 'start', lineAnchor: 'top', dy: -band / 2 + 2, fontSize: 12, fill: colors.ink }),
      Plot.barX(shown, { y: 'rij', x: 'aantal', fill: colors.school, insetTop: 38, insetBottom: 6, title: (f) => `${labelOf(f.van)} → ${labelOf(f.naar)}: ${formatCount(f.aantal)}` }),
      Plot.text(shown, { y: 'rij', x: 'aantal', text: (f) => formatCount(f.aantal), textAnchor: 'start', dx: 4, dy: (38 + band - 6) / 2 - band / 2, fontWeight: 'bold', fontSize: 12 }),
      rest.length
        ? Plot.text([`en nog ${formatCount(rest.length)} kleinere ${rest.length === 1 ? 'stroom' : 'stromen'} (zie de tabel)`], { frameAnchor: 'bottom-left', dy: 22, fontSize: 12, fill: colors.ink_muted })
        : null,
    ],
  });
}
