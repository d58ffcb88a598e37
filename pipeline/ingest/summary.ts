// The summary `tzm ingest` prints: one block per file, with the reasons rows were rejected.

import type { Writable } from 'node:stream';
import { scrubBsn } from '../privacy/scrub-bsn.js';
import type { IngestSummary } from './ingest.js';

const nl = (n: number) => n.toLocaleString('nl-NL');
const MAX_REASONS = 5;
const MAX_CODES = 12;

export function formatIngestSummary(summary: IngestSummary): string {
  const lines: string[] = [];
  for (const file of summary.files) {
    const shape = [file.layout, file.encoding, file.delimiter === null ? null : file.delimiter === '\t' ? 'tab' : `'${file.delimiter}'`].filter(Boolean).join(', ');
    if (file.status === 'already_loaded') {
      lines.push(`${file.name}: al eerder geladen (zelfde inhoud), niets gewijzigd / already loaded (same content), nothing changed`);
      continue;
    }
    const replaced = file.rowsReplaced > 0 ? `, ${nl(file.rowsReplaced)} eerdere vervangen` : '';
    lines.push(`${file.name}: ${file.kind} (${shape}): ${nl(file.rowsLoaded)} geladen, ${nl(file.rowsRejected)} geweigerd${replaced}`);
    for (const reason of file.reasons.slice(0, MAX_REASONS)) {
      lines.push(`    ${nl(reason.count)}x ${reason.reason} (eerste: regel ${reason.firstLine})`);
    }
    if (file.reasons.length > MAX_REASONS) lines.push(`    ... en ${file.reasons.length - MAX_REASONS} andere redenen (zie tabel quarantine)`);
    // the category each code of the loaded rows got: how a new layout's codes are checked (README)
    if (file.loadedCodes.length > 0) {
      const shown = file.loadedCodes.slice(0, MAX_CODES).map((c) => `${c.code} ${c.categorie} ${nl(c.count)}`);
      const more = file.loadedCodes.length > MAX_CODES ? `, ... en ${file.loadedCodes.length - MAX_CODES} andere` : '';
      lines.push(`    codes (code categorie regels): ${shown.join(', ')}${more}`);
    }
    // inputs.md 1.1: every unknown code with its school and count, not only the most frequent
    for (const c of file.unknownCodes) {
      lines.push(`    onbekende verzuimcode '${c.code}' van school ${c.brin || '(geen brin)'}: ${nl(c.count)}x / unknown absence code`);
    }
  }
  const loaded = summary.files.reduce((sum, f) => sum + f.rowsLoaded, 0);
  const rejected = summary.files.reduce((sum, f) => sum + f.rowsRejected, 0);
  if (summary.unknownCodesFile) {
    lines.push(`Onbekende verzuimcodes staan in ${summary.unknownCodesFile}: vul de categorie in en laad opnieuw met --codes ${summary.unknownCodesFile} (naast uw eigen --codes)`);
    lines.push(`Unknown absence codes are in ${summary.unknownCodesFile}: fill in the category and load again with --codes ${summary.unknownCodesFile} (besides your own --codes)`);
  }
  lines.push(`Totaal / total: ${nl(loaded)} regels geladen, ${nl(rejected)} geweigerd (quarantaine), ${(summary.durationMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}

export function printIngestSummary(summary: IngestSummary, out: Writable): void {
  // Reasons are scrubbed where they are made; this is the last guard before the terminal.
  out.write(`${scrubBsn(formatIngestSummary(summary))}\n`);
}
