// Building DOM without innerHTML: every text from data goes in as a text node, so a school
// named "<script>" is shown as those characters. Attributes are set one by one; event handler
// attributes are refused (the CSP forbids inline script anyway).

/**
 * A table column: its header and what a row shows in it.
 * @template T
 * @typedef {{ label: string, value: (row: T) => unknown, numeric?: boolean }} Column
 */

/**
 * @template {string} K
 * @param {K} tag
 * @param {Record<string, unknown>} [attributes]
 * @param {...unknown} children text, nodes, nested lists; null, undefined and false are left out
 * @returns {K extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[K] : Element}
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElementNS(tag === 'svg' ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml', tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`event attribute ${name} not allowed`);
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return /** @type {any} */ (node);
}

/**
 * @template {ParentNode} N
 * @param {N} node
 * @param {unknown[]} children
 * @returns {N}
 */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * @template {Node} N
 * @param {N} node
 * @returns {N}
 */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/**
 * A table: columns [{ label, value: row => text|Node, numeric? }]. `stacked`: on a phone each row
 * is shown as a small list of label and value (style.css, table.data.stacked), for rows with long
 * free text that a narrow column would turn into a tower of short lines.
 * @template T
 * @param {Column<T>[]} columns
 * @param {readonly T[]} rows
 * @param {{ caption?: string, className?: string, stacked?: boolean }} [options]
 */
export function table(columns, rows, { caption, className = 'data', stacked = false } = {}) {
  return el(
    'table',
    { class: stacked ? `${className} stacked` : className },
    caption ? el('caption', {}, caption) : null,
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c) => el('td', { class: c.numeric ? 'num' : null, 'data-label': stacked ? c.label : null }, c.value(row)))))),
  );
}
