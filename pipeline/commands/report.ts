// `tzm report --db FILE --month YYYY-MM --out FILE.html`: the council report (dashboard/report/).

import type { Command } from '../cli-flags.js';
import { db, out, text } from './flags.js';

export const report: Command = {
  summary: 'het maandrapport voor de raad / the monthly council report',
  flags: { db, month: { value: 'JJJJ-MM', help: 'de maand', required: true }, out: { ...out, help: 'het HTML-bestand', required: true } },
  async run({ flags }) {
    const { writeReport } = await import('../../dashboard/report/write-report.js');
    await writeReport({ db: text(flags.db), month: text(flags.month), out: text(flags.out) });
    return 0;
  },
};
