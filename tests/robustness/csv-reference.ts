// An independent count of the data records in a CSV export, to hold the ingest to account
// ("rows in = loaded + quarantined") without asking the code under test. The rules are those of
// spec/inputs.md "File format": records end at LF or CRLF outside quotes; a field that starts with
// a double quote runs to the closing quote ("" is a quote inside it) and may hold delimiters and
// newlines; a quote elsewhere is text; a quote never closed takes the rest of the file. Empty
// lines are not records, nor are lines of only spaces or only delimiters (Excel's empty rows).
// The header is the first record; the data records are the ones after it.

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes); // drops a BOM of its own encoding
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export interface CountedRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
}

/** All records, empty lines left out. */
export function records(text: string, delimiter: string): CountedRecord[] {
  const out: CountedRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let startLine = 1;
  let quoted = false;
  let fieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!fields.every((f) => f.trim() === '')) out.push({ line: startLine, fields });
    fields = [];
    field = '';
    fieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      fieldStart = true;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      field += c;
      fieldStart = false;
    }
  }
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return out;
}

/** The data records: everything after the header record. */
export function dataRecords(text: string, delimiter: string): CountedRecord[] {
  return records(text, delimiter).slice(1);
}
