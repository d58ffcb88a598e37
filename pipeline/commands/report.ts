// `tzm report --db FILE --month YYYY-MM --out FILE.html [--schooljaar JJJJ-JJJJ]`: the council
// report (dashboard/report/), with the jaarverslag of a school year when asked.

import type { Command } from '../cli-flags.js';
import { db, optional, out, text } from './flags.js';

export const report: Command = {
  summary: 'het maandrapport voor de raad / the monthly council report',
  flags: {
    db,
    month: { value: 'JJJJ-MM', help: 'de maand', required: true },
    out: { ...out, help: 'het HTML-bestand', required: true },
    schooljaar: { value: 'JJJJ-JJJJ', help: 'voegt het jaarverslag van dit schooljaar toe (eerst tellen met tzm jaartelling)' },
  },
  async run({ flags }) {
    const { writeReport } = await import('../../dashboard/report/write-report.js');
    await writeReport({ db: text(flags.db), month: text(flags.month), out: text(flags.out), schooljaar: optional(flags.schooljaar) });
    return 0;
  },
};
