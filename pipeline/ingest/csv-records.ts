// Splits decoded CSV text into records, streaming, with the physical line each record starts on
// (quarantine messages name file, line and column; a quoted newline makes line != record number).
// Quotes are RFC 4180 style: a field in double quotes may hold the delimiter, newlines and "".
// Empty lines are skipped but still counted; so are lines of only spaces or only delimiters
// (Excel writes ';;;' for an empty row).

import { ingestLimits } from '../settings.js';

/**
 * A quoted field still open after `maxQuotedFieldChars` characters: one stray `"` would otherwise
 * swallow the rest of the file, every later BSN with it, into one field. The file is broken.
 */
export class RunawayQuote extends Error {
  constructor(readonly line: number) {
    super(`quote opened on line ${line} does not close`);
  }
}

/**
 * The fields of a line longer than ingestLimits.maxLineChars (without a newline inside quotes):
 * it is not kept or split, only reported, so the record is still accounted for (quarantined).
 */
export const LINE_TOO_LONG = Symbol('line too long');

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[] | typeof LINE_TOO_LONG;
}

export async function* csvRecords(
  chunks: AsyncIterable<string>,
  delimiter: string,
  maxQuoted: number = ingestLimits.maxQuotedFieldChars,
  maxLine: number = ingestLimits.maxLineChars,
): AsyncGenerator<CsvRecord> {
  const next = (text: string, start: number, final: boolean, line: number) => {
    try {
      return nextRecord(text, start, delimiter, final, maxQuoted);
    } catch (error) {
      if (error instanceof RunawayQuote) throw new RunawayQuote(line + error.line);
      throw error;
    }
  };
  let buffer = '';
  let line = 1; // line number of buffer[0]
  let skipping = false; // inside a line that was too long: dropped up to its newline
  for await (const chunk of chunks) {
    if (skipping) {
      const end = chunk.indexOf('\n');
      if (end === -1) continue;
      skipping = false;
      line += 1;
      buffer = chunk.slice(end + 1);
    } else {
      buffer += chunk;
    }
    let start = 0;
    for (;;) {
      const parsed = next(buffer, start, false, line);
      if (parsed === null) break;
      if (!isBlank(parsed.fields)) yield { line, fields: parsed.fields };
      line += parsed.newlines;
      start = parsed.end;
    }
    buffer = buffer.slice(start);
    if (buffer.length > maxLine && !buffer.includes('\n')) {
      yield { line, fields: LINE_TOO_LONG };
      buffer = '';
      skipping = true;
    }
  }
  if (skipping) return; // the file ended inside the long line
  // The last record may lack a final newline.
  let start = 0;
  while (start < buffer.length) {
    const parsed = next(buffer, start, true, line)!;
    if (!isBlank(parsed.fields)) yield { line, fields: parsed.fields };
    line += parsed.newlines;
    start = parsed.end;
  }
}

function isBlank(fields: string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

interface Parsed {
  fields: string[];
  /** Index just past the record's line ending. */
  end: number;
  /** Physical lines the record spans, including its line ending. */
  newlines: number;
}

/**
 * Parses one record starting at `start`. Returns null when the buffer ends before the record
 * does (more input may follow), unless `final` is set.
 */
function nextRecord(text: string, start: number, delimiter: string, final: boolean, maxQuoted: number): Parsed | null {
  const newline = text.indexOf('\n', start);
  if (newline === -1 && !final) return null;
  const lineEnd = newline === -1 ? text.length : newline;
  const quote = text.indexOf('"', start);
  // Fast path: no quote on this line.
  if (quote === -1 || quote > lineEnd) {
    let content = text.slice(start, lineEnd);
    if (content.endsWith('\r')) content = content.slice(0, -1);
    return { fields: content.split(delimiter), end: newline === -1 ? text.length : newline + 1, newlines: 1 };
  }
  return quotedRecord(text, start, delimiter, final, maxQuoted);
}

/** Throws RunawayQuote with the line (from the record's first, 0) where a too long quoted field opened. */
function quotedRecord(text: string, start: number, delimiter: string, final: boolean, maxQuoted: number): Parsed | null {
  const fields: string[] = [];
  let field = '';
  let newlines = 0;
  let quoteOpened = 0;
  let quoteLine = 0;
  let i = start;
  let atFieldStart = true;
  let inQuotes = false;
  while (i < text.length) {
    const c = text[i];
    if (inQuotes) {
      if (i - quoteOpened > maxQuoted) throw new RunawayQuote(quoteLine);
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        if (i + 1 === text.length && !final) return null; // cannot tell "" from " yet
        inQuotes = false;
      } else {
        if (c === '\n') newlines++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && atFieldStart) {
      inQuotes = true;
      quoteOpened = i;
      quoteLine = newlines;
      atFieldStart = false;
      i++;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      fields.push(field);
      const end = c === '\r' ? i + 2 : i + 1;
      return { fields, end, newlines: newlines + 1 };
    } else if (c === '\r' && i + 1 === text.length && !final) {
      return null;
    } else {
      // A stray quote inside an unquoted field is kept as text, as spreadsheets do.
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (!final) return null;
  // End of input: an unterminated quote (shorter than the limit) swallows the rest, as other
  // readers do; the row check (field count) will then reject it with its line number.
  fields.push(field);
  return { fields, end: text.length, newlines: newlines + 1 };
}
