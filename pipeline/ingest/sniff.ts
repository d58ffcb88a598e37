// Before anything is loaded, every file of a run is recognised: encoding, delimiter, layout and
// kind. A file that cannot be recognised is refused here, so a run never half-starts.

import path from 'node:path';
import { scrubBsn } from '../privacy/scrub-bsn.js';
import { UserError } from '../user-error.js';
import { kindsForFlag, matchHeader, type HeaderMatch, type Kind, type Layout } from './layouts.js';
import { detectEncoding, encodingFromFlag, readSample, scanFile, textDecoder, type Encoding, type FileScan } from './text-file.js';

export interface SniffOptions {
  /** Key of the content hash (pseudonym.ts contentHashKey): a plain sha256 of a one-row file gives its BSN away. */
  hashKey?: Uint8Array;
  kind?: string;
  delimiter?: string;
  encoding?: string;
}

interface Common {
  path: string;
  name: string;
  sha256: string;
  bytes: number;
  encoding: Encoding;
}

export type SniffedFile =
  | (Common & {
      format: 'csv';
      delimiter: string;
      match: HeaderMatch;
      header: string[];
      /** Plain UTF-8 without quotes, blank lines or bare CRs: DuckDB's CSV reader takes it directly. */
      fastPath: boolean;
    })
  | (Common & { format: 'opendata-json'; kind: 'vakanties' });

const DELIMITERS = [';', ',', '\t'];

export async function sniffFile(file: string, layouts: Layout[], options: SniffOptions = {}): Promise<SniffedFile> {
  // The name goes into messages, the quarantine and ingest_files: a BSN in it is scrubbed too.
  const name = scrubBsn(path.basename(file));
  let scan: FileScan;
  try {
    scan = await scanFile(file, options.hashKey);
  } catch {
    throw new UserError(`${name}: bestand niet te openen`, `${name}: cannot open file`);
  }
  const sample = await readSample(file);
  const encoding = options.encoding ? encodingFromFlag(options.encoding) : detectEncoding(sample, file, scan.validUtf8, scan.hasUtf8Text);
  const text = textDecoder(encoding).decode(sample);
  if (text.trim() === '') throw new UserError(`${name}: het bestand is leeg`, `${name}: the file is empty`);
  const common = { path: file, name, sha256: scan.sha256, bytes: scan.bytes, encoding };

  const onlyKinds = options.kind === undefined ? undefined : parseKindFlag(options.kind);
  if (/^\s*[{[]/.test(text)) {
    if (onlyKinds && !onlyKinds.includes('vakanties')) {
      throw new UserError(`${name}: een JSON-bestand kan alleen vakanties bevatten`, `${name}: a JSON file can only hold vakanties`);
    }
    return { ...common, format: 'opendata-json', kind: 'vakanties' };
  }

  const header = firstLineOf(text);
  const delimiters = options.delimiter ? [unescapeDelimiter(options.delimiter)] : DELIMITERS;
  let best: { delimiter: string; match: HeaderMatch; fields: string[] } | undefined;
  for (const delimiter of delimiters) {
    const fields = splitHeader(header, delimiter);
    const [match] = matchHeader(fields, layouts, onlyKinds);
    if (match && (!best || match.score > best.match.score)) best = { delimiter, match, fields };
  }
  if (!best) {
    // Raw lines are never printed (spec/inputs.md "Privacy"): a first line with digits is taken
    // for a data row of a headerless file and not echoed; header names are shown cut short.
    const fields = splitHeader(header, guessDelimiter(header)).filter((c) => c.trim() !== '');
    const wanted = onlyKinds ? ` als ${onlyKinds.join('/')}` : '';
    const wantedEn = onlyKinds ? ` as ${onlyKinds.join('/')}` : '';
    if (/\d/.test(header)) {
      throw new UserError(
        `${name}: soort bestand niet herkend${wanted}: de eerste regel lijkt gegevens, geen kopregel met kolomnamen (${fields.length} velden); zie schemas/layouts/ of geef --kind`,
        `${name}: kind of file not recognised${wantedEn}: the first line looks like data, not a header of column names (${fields.length} fields); see schemas/layouts/ or pass --kind`,
      );
    }
    const columns = fields.slice(0, 8).map(shownName).join(', ');
    throw new UserError(
      `${name}: soort bestand niet herkend${wanted} aan de kolommen (${columns}); zie schemas/layouts/ of geef --kind`,
      `${name}: kind of file not recognised${wantedEn} from its columns (${columns}); see schemas/layouts/ or pass --kind`,
    );
  }
  const fastPath = encoding === 'utf-8' && scan.validUtf8 && !scan.hasQuote && !scan.hasBlankLine && !scan.hasLoneCR;
  return { ...common, format: 'csv', delimiter: best.delimiter, match: best.match, header: best.fields, fastPath };
}

function shownName(column: string): string {
  return column.length > 30 ? `${column.slice(0, 30)}…` : column;
}

function parseKindFlag(flag: string): Kind[] {
  const kinds = kindsForFlag(flag);
  if (kinds === null) {
    throw new UserError(
      `onbekende --kind '${flag}' (scholen, vakanties, leerlingen, inschrijvingen, vrijstellingen, trajecten, redenen, verzuim)`,
      `unknown --kind '${flag}' (scholen, vakanties, leerlingen, inschrijvingen, vrijstellingen, trajecten, redenen, verzuim)`,
      { exitCode: 2 },
    );
  }
  return kinds;
}

/** The header: the first non-empty line (split per candidate delimiter afterwards). */
function firstLineOf(text: string): string {
  return text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
}

function splitHeader(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}

function guessDelimiter(line: string): string {
  return DELIMITERS.reduce((a, b) => (line.split(b).length > line.split(a).length ? b : a));
}

function unescapeDelimiter(flag: string): string {
  if (flag === '\\t' || flag.toLowerCase() === 'tab') return '\t';
  if (flag.length !== 1) {
    throw new UserError(`--delimiter moet één teken zijn`, `--delimiter must be a single character`, { exitCode: 2 });
  }
  return flag;
}
