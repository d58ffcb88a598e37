// `tzm generate`: a deterministic synthetic municipality in the shapes a leerplicht team really
// receives (see data-samples/README.md). Output depends only on (pupils, seed). Rows are
// streamed to disk as each resident is built, so memory does not grow with the absence rows.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../user-error.js';
import { formatDay } from './dates.js';
import { createRng, hashSeed } from './random.js';
import { bsnFor, failingBsn } from './bsn-numbers.js';
import { type Sector, buildSchools } from './schools.js';
import { type CsvFile, openCsv } from './write-csv.js';
import { type RegisterFile, absenceHeaders, absenceShapes, registerHeaders, registerShapes } from './files.js';
import { writeVakantiesJson } from './vakanties-json.js';
import { type RegisterFiles, schoolRow, writeFeestdagen, writePupilRegister, writeStudiedagen } from './register-rows.js';
import { writeAbsenceRows } from './absence-rows.js';
import { noiseItems, proneness } from './absences.js';
import { plantSlots } from './planted-slots.js';
import { verzuimSituations } from './situations-verzuim.js';
import { registerSituations } from './situations-register.js';
import { type PupilFactory, klasFor, makePupil, makeVisitor } from './make-pupil.js';
import { createBadRows } from './bad-rows.js';
import { type Pupil } from './pupil.js';
import { readme } from './readme.js';
import { timelineStart } from './calendar.js';

export interface GenerateOptions {
  /** Directory to write into (created when missing; files in it are overwritten). */
  out: string;
  /** Residents aged 4-18 in the register. Default 6000. */
  pupils?: number;
  /** Any whole number; the same seed gives the same bytes. Default 1. */
  seed?: number;
}

export const plantedHeader = [
  'leerling_id', 'situation', 'categorie', 'fase', 'duur', 'officieel', 'passend_aanbod', 'artikel', 'signaal', 'signalen', 'streak_start', 'brin', 'reden',
];

const utf8 = { delimiter: ',', encoding: 'utf-8', lineEnd: '\n', dates: 'iso', decimal: '.' } as const;

export async function generate({ out, pupils = 6000, seed = 1 }: GenerateOptions): Promise<string> {
  if (!Number.isInteger(pupils) || pupils < 100) {
    throw new UserError('--pupils moet een geheel getal van minstens 100 zijn', '--pupils must be a whole number of at least 100', { exitCode: 2 });
  }
  mkdirSync(join(out, 'verwachting'), { recursive: true });
  const { schools, files: absenceFileList } = buildSchools(pupils, createRng(hashSeed(seed, 0x5c001)));
  const bySector = Object.fromEntries((['PO', 'SBO', 'SO', 'VSO', 'VO', 'MBO'] as Sector[]).map((s) => [s, schools.filter((x) => x.sector === s)])) as PupilFactory['bySector'];
  const visitors = Math.round(pupils * 0.08);
  const factory: PupilFactory = {
    pupils, seed, bySector, bsnSpace: pupils + visitors + 8, bsnKey: hashSeed(seed, 0xb5),
    slots: plantSlots([...verzuimSituations, ...registerSituations], pupils, seed),
  };

  const open = (name: string, kind: RegisterFile): CsvFile => openCsv(join(out, `${name}.csv`), `${name}.csv`, registerShapes[kind], registerHeaders[kind]);
  const register = Object.fromEntries((Object.keys(registerShapes) as RegisterFile[]).map((k) => [k, open(k, k)])) as RegisterFiles;
  const absenceFiles = absenceFileList.map((f) => openCsv(join(out, f.name), f.name, absenceShapes[f.layout], absenceHeaders[f.layout]));
  const firstOfLayout = new Set(['perioden', 'lessen', 'uren'].map((l) => absenceFiles[absenceFileList.findIndex((f) => f.layout === l)]));
  const planted = openCsv(join(out, 'verwachting', 'planted.csv'), 'planted.csv', utf8, plantedHeader);
  const bad = createBadRows({
    extraId: (n) => `LL${String(pupils + n).padStart(Math.max(6, String(pupils + 10).length), '0')}`,
    extraBsn: (n) => bsnFor(pupils + visitors + n, factory.bsnSpace, factory.bsnKey),
    failingBsn: failingBsn(bsnFor(pupils + visitors + 1, factory.bsnSpace, factory.bsnKey)),
    isFirstOfLayout: (file) => firstOfLayout.has(file),
  });

  schools.forEach((school, n) => {
    for (const v of school.vestigingen) register.scholen.row(schoolRow(school, v));
    if (n === 2) bad.school(register.scholen, bySector.MBO[0].brin);
  });
  writeStudiedagen(register.studiedagen, schools);
  writeFeestdagen(register.feestdagen);
  const vakanties = writeVakantiesJson(out);

  const writeAbsences = (pupil: Pupil, rng: ReturnType<typeof makePupil>['rng'], checkBad: boolean): void => {
    const factor = proneness(rng);
    const klas = klasFor(pupil.birth, pupil.index);
    for (const e of pupil.enrollments) {
      const noise = noiseItems(rng, e, timelineStart, pupil.noiseUntil, factor);
      const own = pupil.planted.find((p) => p.enrollment === e)?.items ?? [];
      const items = own.length > 0 ? [...noise, ...own].sort((a, b) => a.day - b.day) : noise;
      if (items.length === 0) continue;
      const file = absenceFiles[e.school.absenceFile];
      const who = { bsn: e.school.layout === 'uren' ? pupil.bsnWritten : pupil.bsn, klas };
      writeAbsenceRows(file, who, e, items);
      if (checkBad) bad.afterAbsences(file, who, e, items, pupil.noiseUntil);
    }
  };

  for (let i = 0; i < pupils; i++) {
    const { pupil, rng } = makePupil(factory, i);
    writePupilRegister(register, pupil);
    writeAbsences(pupil, rng, pupil.situation === null);
    if (pupil.situation === null) bad.afterPupil(register, pupil);
    const x = pupil.expectation;
    if (x) {
      planted.row([
        pupil.id, pupil.situation ?? '', x.categorie, x.fase, x.duur, x.officieel, x.passend_aanbod, x.artikel, x.signaal,
        x.signalen.join('|'), x.streak_start === null ? '' : formatDay(x.streak_start, 'iso'), x.brin, x.reden,
      ]);
    }
  }
  for (let x = 0; x < visitors; x++) {
    const { pupil, rng } = makeVisitor(factory, x);
    writeAbsences(pupil, rng, false);
  }

  const all = [...Object.values(register), ...absenceFiles, planted];
  for (const file of all) file.close();
  const badFile = openCsv(join(out, 'verwachting', 'bad-rows.csv'), 'bad-rows.csv', utf8, ['file', 'line', 'column', 'what']);
  for (const r of bad.rows) badFile.row([r.file, String(r.line), r.column, r.what]);
  badFile.close();

  const absenceRows = absenceFiles.reduce((sum, f) => sum + f.rows, 0);
  writeFileSync(join(out, 'README.md'), readme({
    pupils, seed, schools: schools.length, visitors, planted: planted.rows, badRows: bad.rows.length,
    absenceFiles: absenceFiles.map((f) => ({ name: f.name, rows: f.rows })), vakanties,
  }));
  const n = (v: number): string => v.toLocaleString('nl-NL');
  return `Synthetische gemeente geschreven in ${out}: ${n(pupils)} jeugdigen, ${schools.length} scholen, ` +
    `${n(absenceRows)} verzuimregels in ${absenceFiles.length} bestanden, ${n(planted.rows)} geplante situaties, ` +
    `${bad.rows.length} foute regels (seed ${seed}).`;
}
