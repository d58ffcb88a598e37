// Streams a CSV file in one of the shapes found in the wild (delimiter, encoding, line ends,
// date style), buffering a little and writing synchronously, so memory stays flat however many
// rows pass through. It counts physical lines, so a planted bad row can be reported by line.

import { closeSync, openSync, writeSync } from 'node:fs';
import { type DateStyle, type Day, formatDay } from './dates.js';
import { encodeWindows1252 } from './windows-1252.js';

export interface CsvShape {
  delimiter: ';' | ',' | '\t';
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  lineEnd: '\n' | '\r\n';
  dates: DateStyle;
  /** Decimal separator for hours. */
  decimal: ',' | '.';
}

export interface CsvFile {
  readonly name: string;
  readonly shape: CsvShape;
  /** Writes one record and returns the 1-based physical line it starts on (the header is line 1). */
  row(values: readonly string[]): number;
  /** Records written after the header. */
  readonly rows: number;
  /** The values of the last record written (for a planted duplicate). */
  readonly last: readonly string[];
  date(d: Day | null | undefined): string;
  hours(h: number): string;
  close(): void;
}

const flushAt = 1 << 16;

export function openCsv(path: string, name: string, shape: CsvShape, header: readonly string[]): CsvFile {
  const fd = openSync(path, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  let line = 0;
  let rows = 0;
  let last: readonly string[] = [];
  const needsQuotes = new RegExp(`[${shape.delimiter === '\t' ? '\\t' : shape.delimiter}"\\r\\n]`);

  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join('');
    writeSync(fd, shape.encoding === 'windows-1252' ? encodeWindows1252(text) : Buffer.from(text, 'utf8'));
    pending = [];
    pendingLength = 0;
  };
  const write = (values: readonly string[]): number => {
    const start = line + 1;
    let text = '';
    for (let k = 0; k < values.length; k++) {
      let value = values[k];
      if (needsQuotes.test(value)) {
        // A quoted newline inside a field makes the record span several physical lines.
        line += value.split('\n').length - 1;
        value = `"${value.replaceAll('"', '""')}"`;
      }
      text += k === 0 ? value : shape.delimiter + value;
    }
    line++;
    pending.push(text, shape.lineEnd);
    pendingLength += text.length + 2;
    if (pendingLength >= flushAt) flush();
    return start;
  };

  if (shape.encoding === 'utf-8-bom') pending.push('\uFEFF');
  write(header);
  return {
    name,
    shape,
    row(values) {
      rows++;
      last = values;
      return write(values);
    },
    get rows() {
      return rows;
    },
    get last() {
      return last;
    },
    date: (d) => (d === null || d === undefined ? '' : formatDay(d, shape.dates)),
    hours: (h) => {
      const text = Number.isInteger(h) ? String(h) : h.toFixed(2).replace(/0$/, '');
      return shape.decimal === ',' ? text.replace('.', ',') : text;
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}
