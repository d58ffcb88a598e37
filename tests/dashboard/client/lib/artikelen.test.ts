// One wording per exemption article: the analysts' breakdown (labels.js) and the annual count's
// lines (the jaarverslag, the report, the CSV) both take it from client/lib/artikelen.js. Art. 5b
// read "levensovertuiging" in the one and "richting van de scholen" in the other.

import { describe, expect, test } from 'vitest';
import { artikelen } from '../../../../dashboard/client/lib/artikelen.js';
import { label } from '../../../../dashboard/client/lib/labels.js';
import { jaarRegels } from '../../../../dashboard/data/jaartelling-lines.js';

const line = (regel: string) => jaarRegels.find((r) => r.regel === regel)?.omschrijving;

describe('the exemption articles', () => {
  test('art. 5b reads the same in the breakdown and on the jaarverslag', () => {
    expect(label('artikel', '5b')).toBe('Art. 5b (richting van de scholen)');
    expect(line('vrijstelling_5b.lopend')).toBe('Vrijstelling art. 5b (richting van de scholen), lopend op 1 augustus');
    expect(line('vrijstelling_5b.nieuw')).toBe('Vrijstelling art. 5b (richting van de scholen), nieuw in het schooljaar');
  });

  test('every article: the breakdown\'s words are in both of its jaarverslag lines, in the form\'s order (15 after 5c)', () => {
    expect(artikelen.map(([artikel]) => artikel)).toEqual(['5a', '5b', '5c', '15', '3a']);
    for (const [artikel] of artikelen) {
      // "Art. 5a (lichamelijk of psychisch)" -> "art. 5a (lichamelijk of psychisch)"
      const words = label('artikel', artikel).replace(/^Art\./, 'art.');
      expect(line(`vrijstelling_${artikel}.lopend`)).toContain(words);
      expect(line(`vrijstelling_${artikel}.nieuw`)).toContain(words);
    }
    expect(jaarRegels.filter((r) => r.regel.startsWith('vrijstelling_')).map((r) => r.regel)).toEqual(
      ['5a', '5b', '5c', '15', '3a'].flatMap((a) => [`vrijstelling_${a}.lopend`, `vrijstelling_${a}.nieuw`]),
    );
    expect(label('artikel', '')).toBe('Geen vrijstelling');
  });
});
