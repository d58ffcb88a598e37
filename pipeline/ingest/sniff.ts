// Before anything is loaded, every file of a run is recognised: encoding, delimiter, layout and
// kind. A file that cannot be recognised is refused here, so a run never half-starts.

import path from 'node:path';
import { scrubBsn } from '../privacy/scrub-bsn.js';
import { UserError } from '../user-error.js';
import { candidateName, candidatesFor, kindsForFlag, matchHeader, positionMatch, type HeaderMatch, type Kind, type Layout } from './layouts.js';
import { detectEncoding, encodingFromFlag, readSample, scanFile, textDecoder, type Encoding, type FileScan } from './text-file.js';

export interface SniffOptions {
  /** Key of the content hash (pseudonym.ts contentHashKey): a plain sha256 of a one-row file gives its BSN away. */
  hashKey?: Uint8Array;
  kind?: string;
  /** --layout: only this layout (required for a layout without a header). */
  layout?: string;
  delimiter?: string;
  encoding?: string;
  /** --brin: the run gives the BRIN of files that lack the column (a single-school export). */
  brin?: string;
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
      /** false: a layout without a header row (columns by position); every line is a record. */
      hasHeader: boolean;
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
  const fastPath = encoding === 'utf-8' && scan.validUtf8 && !scan.hasQuote && !scan.hasBlankLine && !scan.hasLoneCR;
  const chosen = options.layout === undefined ? layouts : [layoutByName(options.layout, layouts)];
  if (chosen[0].header === false) {
    // No header to recognise: the layout says which column is which; the first line is data.
    const delimiter = options.delimiter ? unescapeDelimiter(options.delimiter) : guessDelimiter(header);
    const fields = splitHeader(header, delimiter).map((_, i) => `kolom_${i + 1}`);
    const matches = positionMatch(chosen[0], onlyKinds);
    if (matches.length !== 1) throw ambiguous(name, matches, '--kind');
    return { ...common, format: 'csv', delimiter, match: matches[0], header: fields, hasHeader: false, fastPath };
  }
  const present = options.brin ? ['brin', 'vestiging'] : [];
  const delimiters = options.delimiter ? [unescapeDelimiter(options.delimiter)] : DELIMITERS;
  let best: { delimiter: string; candidates: HeaderMatch[]; fields: string[] } | undefined;
  for (const delimiter of delimiters) {
    const fields = splitHeader(header, delimiter);
    const candidates = candidatesFor(fields, chosen, onlyKinds, present);
    if (candidates.length > 0 && (!best || candidates[0].score > best.candidates[0].score)) best = { delimiter, candidates, fields };
  }
  if (!best) {
    // Raw lines are never printed (spec/inputs.md "Privacy"): a first line with digits is taken
    // for a data row of a headerless file and not echoed; header names are shown cut short.
    const headerFields = splitHeader(header, guessDelimiter(header));
    const wanted = onlyKinds ? ` als ${onlyKinds.join('/')}` : '';
    const wantedEn = onlyKinds ? ` as ${onlyKinds.join('/')}` : '';
    if (/\d/.test(header)) {
      throw new UserError(
        `${name}: soort bestand niet herkend${wanted}: de eerste regel lijkt gegevens, geen kopregel met kolomnamen (${headerFields.length} velden); zie schemas/layouts/, of geef --layout met een layout zonder kopregel`,
        `${name}: kind of file not recognised${wantedEn}: the first line looks like data, not a header of column names (${headerFields.length} fields); see schemas/layouts/, or pass --layout with a layout without a header`,
      );
    }
    const columns = headerFields.filter((c) => c.trim() !== '').slice(0, 8).map(shownName).join(', ');
    if (withoutBsn(headerFields, chosen, onlyKinds, present)) {
      throw new UserError(
        `${name}: geen BSN-kolom (${columns}): de regels zijn niet aan leerlingen te koppelen; vraag een export met het BSN (een leerlingnummer van de school is geen koppelsleutel)`,
        `${name}: no BSN column (${columns}): the rows cannot be linked to pupils; ask for an export with the BSN (a school's own pupil number is no key)`,
      );
    }
    if (!options.brin && fitsWith(headerFields, chosen, onlyKinds, ['brin', 'vestiging'])) {
      throw new UserError(
        `${name}: geen BRIN-kolom (${columns}): is dit de export van één school? Geef dan --brin (en --vestiging)`,
        `${name}: no BRIN column (${columns}): is this one school's export? Then pass --brin (and --vestiging)`,
      );
    }
    // inputs.md 1.1: say so when a kind fitted but the absence columns ruled it out
    const ruledOut = [...new Set(matchHeader(headerFields, chosen, onlyKinds, present).map(candidateName))].join(', ');
    const why = ruledOut
      ? [`; past op ${ruledOut}, maar heeft kolommen van een verzuimexport: maak een layout (tzm layout --kind verzuim) of geef --layout`,
         `; fits ${ruledOut}, but has columns of an absence export: write a layout (tzm layout --kind verzuim) or pass --layout`]
      : ['', ''];
    throw new UserError(
      `${name}: soort bestand niet herkend${wanted} aan de kolommen (${columns}); zie schemas/layouts/ of geef --kind${why[0]}`,
      `${name}: kind of file not recognised${wantedEn} from its columns (${columns}); see schemas/layouts/ or pass --kind${why[1]}`,
    );
  }
  if (best.candidates.length > 1) throw ambiguous(name, best.candidates, best.candidates.every((c) => c.kind === best.candidates[0].kind) ? '--layout' : '--kind');
  return { ...common, format: 'csv', delimiter: best.delimiter, match: best.candidates[0], header: best.fields, hasHeader: true, fastPath };
}

/** inputs.md 1.1: never a guess between two kinds or layouts; the message names them and the flag. */
function ambiguous(name: string, candidates: HeaderMatch[], flag: '--kind' | '--layout'): UserError {
  const list = candidates.map(candidateName).join(', ');
  const choose = flag === '--kind' ? [...new Set(candidates.map((c) => c.kind))].join(' of ') : [...new Set(candidates.map((c) => c.layout.name))].join(' of ');
  return new UserError(
    `${name}: de kolommen passen bij meer dan één soort of layout (${list}); kies met ${flag} (${choose})`,
    `${name}: the columns fit more than one kind or layout (${list}); choose with ${flag} (${choose.replaceAll(' of ', ' or ')})`,
  );
}

/** A header that would fit a kind if the BSN were not needed: it has no BSN column. */
function withoutBsn(header: string[], layouts: Layout[], onlyKinds: Kind[] | undefined, present: string[]): boolean {
  return matchHeader(header, layouts, onlyKinds, [...present, 'bsn']).some((m) => !m.columns.has('bsn') && ['scholen', 'vakanties'].every((k) => k !== m.kind));
}

/** A header that would fit a pupil's kind if the run gave these fields (--brin). */
function fitsWith(header: string[], layouts: Layout[], onlyKinds: Kind[] | undefined, given: string[]): boolean {
  return candidatesFor(header, layouts, onlyKinds, given).some((m) => m.columns.has('bsn'));
}

function layoutByName(flag: string, layouts: Layout[]): Layout {
  const layout = layouts.find((l) => l.name.toLowerCase() === flag.trim().toLowerCase());
  if (!layout) {
    throw new UserError(
      `onbekende --layout '${flag}' (${layouts.map((l) => l.name).join(', ')})`,
      `unknown --layout '${flag}' (${layouts.map((l) => l.name).join(', ')})`,
      { exitCode: 2 },
    );
  }
  return layout;
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
export function firstLineOf(text: string): string {
  return text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
}

export function splitHeader(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
}

export function guessDelimiter(line: string): string {
  return DELIMITERS.reduce((a, b) => (line.split(b).length > line.split(a).length ? b : a));
}

export function unescapeDelimiter(flag: string): string {
  if (flag === '\\t' || flag.toLowerCase() === 'tab') return '\t';
  if (flag.length !== 1) {
    throw new UserError(`--delimiter moet één teken zijn`, `--delimiter must be a single character`, { exitCode: 2 });
  }
  return flag;
}
