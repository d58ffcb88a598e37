// The palette stays readable for the common colour-vision deficiencies: within each group of
// colours that one chart or legend shows together, every two colours differ by at least
// ΔE 9 (CIE76; about four times a just-noticeable difference) for normal vision and as simulated
// for protanopia, deuteranopia and tritanopia. The review found "Alle schoolmissers" and
// "> 3 maanden zonder aanbod" both navy under deuteranopia (ΔE 8.4) and ziek/geoorloofd alike
// under protanopia (ΔE 4.8).

import { describe, expect, test } from 'vitest';
import { colors } from '../../../../dashboard/client/lib/colors.js';
import { deltaE, simulate } from '../../helpers/colour-vision.js';

type Key = keyof typeof colors;

/** The colours each chart or legend shows side by side (dashboard/client/charts and views). */
const shownTogether: Record<string, Key[]> = {
  'raad: trend per maand': ['schoolmissers', 'officieel', 'fase3_niet', 'zonder_aanbod', 'vrijstellingen'],
  'raad: kerncijfers': ['officieel', 'schoolmissers', 'zonder_aanbod', 'vrijstellingen', 'dreigend'],
  'raad: officieel tegenover alle schoolmissers': ['officieel_4w', 'officieel_3m', 'officieel', 'langdurig_ziek', 'langdurig_geoorloofd', 'absoluut_kort', 'bijna_leerplichtig', 'verborgen'],
  'raad: per sector': ['officieel', 'fase3_niet', 'verborgen'],
  'school: soort verzuim': ['ziek', 'geoorloofd', 'ongeoorloofd'],
  'leerling: kalender': ['aanwezig', 'ziek', 'geoorloofd', 'ongeoorloofd', 'onbekend', 'vakantie', 'weekend', 'niet_ingeschreven'],
  'school tegenover gemeente': ['school', 'gemeente'],
};
const visions = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
const minimum = 9;

describe('the palette under colour-vision deficiencies', () => {
  test.each(Object.entries(shownTogether))('%s: every two colours stay apart', (_, keys) => {
    const tooClose: string[] = [];
    for (const vision of visions) {
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const difference = deltaE(simulate(colors[keys[i]], vision), simulate(colors[keys[j]], vision));
          if (difference < minimum) tooClose.push(`${vision}: ${keys[i]} / ${keys[j]} (ΔE ${difference.toFixed(1)})`);
        }
      }
    }
    expect(tooClose).toEqual([]);
  });

  test('the simulation itself: red and green, far apart for normal vision, come close under deuteranopia', () => {
    // a check that the test can fail: pure red against pure green
    expect(deltaE(simulate('#ff0000', 'normal'), simulate('#00ff00', 'normal'))).toBeGreaterThan(100);
    expect(deltaE(simulate('#d9553b', 'deuteranopia'), simulate('#5aae61', 'deuteranopia'))).toBeLessThan(deltaE(simulate('#d9553b', 'normal'), simulate('#5aae61', 'normal')) / 2);
  });
});
