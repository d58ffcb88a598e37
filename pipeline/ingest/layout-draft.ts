// `tzm layout --kind KIND FILE`: drafts a layout from a sample export's header for the user to
// complete (inputs.md 1.1). Each column is matched to a field of the kind (fields.ts) by the
// field's name, a header name any known layout gives it, or a common synonym (header-synonyms.ts);
// the columns it cannot place are listed (they are ignored, never stored), and the required fields
// it did not find are named. Where a row's hours come from lessons, the draft asks for the hours
// one lesson counts with a placeholder the loader refuses until it is a number (hoursPerRow).

import path from 'node:path';
import { UserError } from '../user-error.js';
import { FIELDS, FIXABLE_BY_FLAG, HOURS_FIELDS, requiredFields } from './fields.js';
import { HEADER_SYNONYMS } from './header-synonyms.js';
import { candidateName, candidatesFor, kindsForFlag, layoutProblem, normaliseHeader, type Kind, type Layout, type LayoutFile } from './layouts.js';
import { firstLineOf, guessDelimiter, splitHeader, unescapeDelimiter } from './sniff.js';
import { detectEncoding, encodingFromFlag, readSample, scanFile, textDecoder } from './text-file.js';

export interface DraftOptions {
  kind: string;
  name?: string;
  delimiter?: string;
  encoding?: string;
}

/** What the draft writes for hoursPerRow to be filled in; layoutProblem refuses it (not a number). */
export const HOURS_PER_ROW_PLACEHOLDER = 'VUL IN: uren die één les telt, meestal 1 / FILL IN: hours one lesson counts, usually 1';

/** Fields that make a row one or more lessons, each of hoursPerRow hours (checks/verzuim_*.sql). */
const LESSON_FIELDS = ['lesuur', 'lesuur_van', 'lesuur_tot'];

export interface LayoutDraft {
  layout: LayoutFile;
  kind: Kind;
  /** column -> field, in the file's order */
  matched: Array<{ column: string; field: string }>;
  /** columns no field was found for: ignored when the file is loaded */
  unmatched: string[];
  /** required fields without a column: map them by hand (or a fixed value, or --brin) */
  missing: string[];
  /** fields of which one must be mapped for the hours, when none is (HOURS_FIELDS) */
  missingHours: string[];
  /** layouts (given with --layouts or in the package) that already read this header */
  fitting: string[];
}

export async function draftLayout(file: string, layouts: Layout[], options: DraftOptions): Promise<LayoutDraft> {
  const kinds = kindsForFlag(options.kind);
  if (kinds === null) throw new UserError(`onbekende --kind '${options.kind}'`, `unknown --kind '${options.kind}'`, { exitCode: 2 });
  const scan = await scanFile(file);
  const sample = await readSample(file);
  const encoding = options.encoding ? encodingFromFlag(options.encoding) : detectEncoding(sample, file, scan.validUtf8);
  const line = firstLineOf(textDecoder(encoding).decode(sample));
  const header = splitHeader(line, options.delimiter ? unescapeDelimiter(options.delimiter) : guessDelimiter(line)).filter((c) => c !== '');
  // For 'verzuim': the shape (events or periods) whose fields the header has most of.
  const drafts = kinds.map((kind) => draftFor(header, kind, layouts, options.name ?? path.basename(file).replace(/\.[^.]+$/, '')));
  const fitting = [...new Set(candidatesFor(header, layouts, kinds).map(candidateName))];
  return { ...drafts.reduce((a, b) => (b.matched.length > a.matched.length ? b : a)), fitting };
}

function draftFor(header: string[], kind: Kind, layouts: Layout[], name: string): LayoutDraft {
  // every header name a field goes by in any layout, its common synonyms, and the field's own name
  const namesOf = new Map<string, Set<string>>();
  for (const field of FIELDS[kind]) {
    const synonyms = HEADER_SYNONYMS[kind]?.[field.name] ?? [];
    namesOf.set(field.name, new Set([field.name, ...synonyms].map(normaliseHeader)));
  }
  for (const layout of layouts) {
    for (const [field, aliases] of Object.entries(layout.kinds[kind] ?? {})) {
      if (Array.isArray(aliases)) for (const alias of aliases) namesOf.get(field)?.add(normaliseHeader(alias));
    }
  }
  const fields: Record<string, string[]> = {};
  const matched: LayoutDraft['matched'] = [];
  const unmatched: string[] = [];
  for (const column of header) {
    const field = [...namesOf].find(([f, names]) => !(f in fields) && names.has(normaliseHeader(column)))?.[0];
    if (field) {
      fields[field] = [column];
      matched.push({ column, field });
    } else unmatched.push(column);
  }
  const missing = requiredFields(kind).filter((f) => !(f in fields));
  const hoursFields = HOURS_FIELDS[kind] ?? [];
  const missingHours = hoursFields.some((f) => f in fields) ? [] : [...hoursFields];
  // Lessons count hoursPerRow hours each: asked whenever a lesson field is mapped, or nothing
  // gives the hours yet (the user will likely map the lesson).
  const asksHours = LESSON_FIELDS.some((f) => f in fields) || missingHours.length > 0;
  const layout: LayoutFile = {
    name,
    description: `Ontwerp van tzm layout: controleer de kolommen en vul aan. / Draft by tzm layout: check the columns and complete.`,
    ...(asksHours ? { hoursPerRow: HOURS_PER_ROW_PLACEHOLDER } : {}),
    kinds: { [kind]: fields },
    required: { [kind]: requiredFields(kind).filter((f) => f in fields) },
  };
  return { layout, kind, matched, unmatched, missing, missingHours, fitting: [] };
}

/** What the user reads beside the drafted JSON: what matched, what is ignored, what is missing. */
export function describeDraft(draft: LayoutDraft): string {
  const lines = [`Layout '${draft.layout.name}' voor ${draft.kind}:`];
  for (const { column, field } of draft.matched) lines.push(`  kolom '${column}' -> ${field}`);
  if (draft.unmatched.length > 0) lines.push(`  niet gebruikt (genegeerd, nooit bewaard): ${draft.unmatched.map((c) => `'${c}'`).join(', ')}`);
  for (const field of draft.missing) {
    const spec = FIELDS[draft.kind].find((f) => f.name === field);
    const how = FIXABLE_BY_FLAG.includes(field) ? ` (of "fixed": {"${field}": "..."} of --${field})` : '';
    lines.push(`  ONTBREEKT: verplicht veld '${field}' (${spec?.description ?? ''}): voeg de kopnaam toe${how}`);
  }
  if (draft.missingHours.length > 0) {
    const list = draft.missingHours.map((f) => `'${f}'`);
    lines.push(`  ONTBREEKT: een veld voor de verzuimde uren: ${list.slice(0, -1).join(', ')} of ${list.at(-1)} (zonder worden alle regels geweigerd)`);
  }
  if (draft.layout.hoursPerRow === HOURS_PER_ROW_PLACEHOLDER) {
    lines.push(`  VUL IN: "hoursPerRow", de uren die één les telt (meestal 1: leerplichtambtenaren tellen een lesuur als uur); tzm weigert de layout tot er een getal staat`);
  }
  const fields = draft.layout.kinds[draft.kind] ?? {};
  if (FIELDS[draft.kind].some((f) => f.name === 'vestiging') && !('vestiging' in fields)) {
    // a column the draft did not recognise may still be the vestiging: then every row would be 00
    const hint = draft.unmatched.length > 0
      ? 'staat hij in een niet gebruikte kolom hierboven, zet die kopnaam bij "vestiging"; anders krijgt elke regel'
      : 'elke regel krijgt';
    lines.push(`  Geen kolom herkend voor vestiging: ${hint} vestiging 00 (of "fixed": {"vestiging": "01"} of --vestiging).`);
  }
  if (draft.unmatched.length > 0) {
    lines.push(`  Kijk de niet gebruikte kolommen na: hoort er een bij een veld hieronder, zet zijn kopnaam bij dat veld in het ontwerp.`);
  }
  // The whole field list of the kind, so nobody needs the source to complete a layout.
  lines.push(`  Velden van ${draft.kind} (* = verplicht; "required" in het ontwerp noemt de gevonden verplichte velden):`);
  for (const spec of FIELDS[draft.kind]) lines.push(`    ${spec.required ? '*' : ' '} ${spec.name}: ${spec.description}`);
  if (draft.fitting.length > 0) lines.push(`  Dit bestand past al op: ${draft.fitting.join(', ')}; tzm ingest herkent het zonder nieuwe layout.`);
  const problem = layoutProblem(draft.layout);
  lines.push(problem ? `  Nog niet bruikbaar: ${problem.nl}` : `  Bruikbaar: zet het bestand in een map en geef --layouts MAP bij tzm ingest.`);
  return lines.join('\n');
}
