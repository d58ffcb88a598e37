// Draws a page's view at report time, in Node, into static HTML: the same client view the
// browser runs (dashboard/client/views), with Plot and d3 from their packages and a DOM from
// jsdom. The report then needs no script to show its charts: it reads in a mail or archive
// viewer that blocks scripts, and prints as it is.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import { JSDOM } from 'jsdom';
import { projectRoot } from '../../pipeline/db/sql-file.js';

/** The widths charts are drawn at on an A4 sheet (186 mm at 96 dpi, less the padding). */
export const sheetWidth = { full: 640, half: 310 } as const;

/**
 * The HTML of `render(main, data)` from a client view module (path under dashboard/client),
 * with each chart's "Toon als tabel" opened into a plain table after its chart, since paper
 * cannot unfold.
 */
export async function renderStatic(view: string, exportName: string, data: unknown): Promise<string> {
  const dom = new JSDOM('<!doctype html><html lang="nl"><body><main id="inhoud"></main></body></html>');
  const { window } = dom;
  // jsdom does no layout: a figure gets the width it prints at, half the sheet in a two-column grid.
  window.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const width = this.closest('.grid.two') ? sheetWidth.half : sheetWidth.full;
    return { width, height: 0, top: 0, left: 0, right: width, bottom: 0, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
  };
  const globals: Record<string, unknown> = { window, document: window.document, Node: window.Node, Plot, d3 };
  const saved = new Map(Object.keys(globals).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
  for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  try {
    const module = await import(pathToFileURL(path.join(projectRoot, 'dashboard', 'client', view)).href);
    const main = window.document.getElementById('inhoud') as HTMLElement;
    module[exportName](main, data);
    for (const details of [...main.querySelectorAll('details.as-table')]) {
      const tables = [...details.querySelectorAll('table')];
      for (const t of tables) t.classList.add('as-table-printed');
      details.replaceWith(...tables);
    }
    splitGridsIntoRows(main);
    keepChartHeads(main);
    keepHeadingsWithContent(main);
    return main.innerHTML;
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
    window.close();
  }
}

/** A two-column grid becomes one grid per row, so a page can break between rows. */
function splitGridsIntoRows(main: HTMLElement): void {
  for (const grid of [...main.querySelectorAll('.grid.two')]) {
    const items = [...grid.children];
    let last = grid;
    for (let i = 2; i < items.length; i += 2) {
      const row = grid.cloneNode(false) as Element;
      row.append(...items.slice(i, i + 2));
      last.after(row);
      last = row;
    }
  }
}

/**
 * A chart's title, badge, subtitle, legend and drawing go into one block that print does not
 * split (report.css .chart-head); its table after it may run on over the next page. Avoiding a
 * break in the whole figure instead pushed figures taller than the space left to a new page.
 */
function keepChartHeads(main: HTMLElement): void {
  for (const figure of [...main.querySelectorAll('figure.chart')]) {
    const head = figure.ownerDocument.createElement('div');
    head.className = 'chart-head';
    const parts = [...figure.children];
    const table = parts.findIndex((child) => child.matches('table.as-table-printed'));
    head.append(...parts.slice(0, table === -1 ? parts.length : table));
    figure.prepend(head);
  }
}

/**
 * Chromium does not honour break-after: avoid between a heading and a row of charts, so a
 * section's heading, its intro and the first thing it heads go into one block, which print keeps
 * unbroken when that is a row of charts (report.css .keep-together): no heading alone at the foot
 * of a page. Only the chart heads inside refuse a break, so a row taller than the page still
 * breaks between table rows instead of leaving the heading alone on a page.
 */
function keepHeadingsWithContent(main: HTMLElement): void {
  for (const heading of [...main.querySelectorAll('section.block > h2')]) {
    const group = [heading];
    let next = heading.nextElementSibling;
    while (next?.classList.contains('section-intro')) {
      group.push(next);
      next = next.nextElementSibling;
    }
    if (next) group.push(next);
    const keep = heading.ownerDocument.createElement('div');
    keep.className = 'keep-together';
    heading.before(keep);
    keep.append(...group);
  }
}
