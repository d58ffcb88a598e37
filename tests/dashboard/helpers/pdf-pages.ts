// The text of each page of a PDF, through poppler's pdftotext (Debian: poppler-utils, installed
// beside chromium here). Without it, null: the caller skips its page checks and says so.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const havePdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Per page, its non-blank lines as laid out (two columns side by side share a line). */
export function pdfPages(pdf: Buffer): string[][] | null {
  if (!havePdftotext) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'tzm-pdf-'));
  try {
    const file = path.join(dir, 'p.pdf');
    writeFileSync(file, pdf);
    // pdftotext ends each page with a form feed
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1).map((page) => page.split('\n').map((l) => l.trim()).filter(Boolean));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
