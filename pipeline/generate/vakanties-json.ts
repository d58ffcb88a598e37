// The holiday files in the shape the national open-data service publishes, one per school year
// (content[].vacations[].regions[] with ISO timestamps at midnight UTC).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schoolYears } from './holidays.js';

const timestamp = (date: string): string => `${date}T00:00:00.000Z`;

/** Writes vakanties-<schoolyear>.json files into dir and returns their names. */
export function writeVakantiesJson(dir: string): string[] {
  return schoolYears.map((year) => {
    const name = `vakanties-${year.schoolyear}.json`;
    const document = {
      id: `schoolvakanties-${year.schoolyear}`,
      type: 'json',
      language: 'nl',
      title: `Schoolvakanties ${year.schoolyear}`,
      authorities: ['ministerie-van-onderwijs-cultuur-en-wetenschap'],
      content: [
        {
          title: `Schoolvakanties ${year.schoolyear}`,
          schoolyear: year.schoolyear,
          vacations: year.vacations.map((v) => ({
            type: v.type,
            compulsorydates: 'false',
            regions: v.regions.map((r) => ({ region: r.region, startdate: timestamp(r.start), enddate: timestamp(r.end) })),
          })),
        },
      ],
    };
    writeFileSync(join(dir, name), `${JSON.stringify(document, null, 2)}\n`);
    return name;
  });
}
