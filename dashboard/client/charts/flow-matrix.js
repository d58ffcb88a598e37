// Who went where between two month ends: rows are last month's state, columns this month's.
// The diagonal is "stayed"; the cells off it are the movements (classification.md §6).
// flows: [{ van, naar, aantal }]; states: [{ key, label }] in display order.

import { formatCount } from '../lib/format.js';

export function flowMatrix(flows, states, { width = 640, title } = {}) {
  const labelOf = (key) => states.find((s) => s.key === key)?.label ?? key;
  const domain = states.map((s) => s.label);
  const cells = flows.map((f) => ({ van: labelOf(f.van), naar: labelOf(f.naar), aantal: f.aantal, blijft: f.van === f.naar }));
  const max = Math.max(1, ...cells.filter((c) => !c.blijft).map((c) => c.aantal));
  return Plot.plot({
    width,
    height: 70 + domain.length * 44,
    marginLeft: 150,
    marginBottom: 60,
    ariaLabel: title,
    x: { label: 'Deze maand →', domain, tickRotate: -20, axis: 'bottom' },
    y: { label: '↓ Vorige maand', domain },
    color: { type: 'sqrt', scheme: 'oranges', domain: [0, max], label: 'Aantal jongeren dat van toestand wisselde', legend: true },
    marks: [
      Plot.cell(cells.filter((c) => !c.blijft), { x: 'naar', y: 'van', fill: 'aantal', inset: 1.5, title: (c) => `${c.van} → ${c.naar}: ${c.aantal}` }),
      Plot.cell(cells.filter((c) => c.blijft), { x: 'naar', y: 'van', fill: '#eef1f4', inset: 1.5, title: (c) => `${c.van}, bleef: ${c.aantal}` }),
      Plot.text(cells, { x: 'naar', y: 'van', text: (c) => formatCount(c.aantal), fill: (c) => (!c.blijft && c.aantal / max > 0.55 ? 'white' : '#1d2733'), fontWeight: (c) => (c.blijft ? 'normal' : 'bold') }),
    ],
  });
}
