// The report's HTML around its parts: no script at all. Everything from data arrives escaped:
// the title through escapeHtml, the content as serialised by the DOM the view was drawn in
// (render-static.ts; the view writes text nodes only).

import { escapeHtml } from './inline.js';

export interface ReportParts {
  title: string;
  month: string;
  made: Date;
  style: string;
  /** The drawn view: static HTML and SVG. */
  content: string;
}

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function dutchMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${months[m - 1]} ${y}`;
}

function dutchDate(date: Date): string {
  return `${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
}

export function reportPage({ title, month, made, style, content }: ReportParts): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${style.replace(/<\/(style)/gi, '<\\/$1')}</style>
</head>
<body class="report">
<header class="report-head">
  <p class="kicker">Thuiszittersmonitor · maandrapportage voor de gemeenteraad</p>
  <h1>Thuiszitters in ${escapeHtml(dutchMonth(month))}</h1>
</header>
<main id="inhoud" class="content">${content}</main>
<footer class="report-foot">Gemaakt op ${escapeHtml(dutchDate(made))} met tzm report. Aantallen van 1 tot en met 4 staan als &lt;5; × is verborgen om een klein aantal te beschermen; * is een klein aantal dat ook zonder &lt;5 verborgen blijft. Cijfers per maandeinde volgens de classificatieregels (versie 1.1).</footer>
</body>
</html>
`;
}
