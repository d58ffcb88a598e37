import { describe, expect, it } from 'vitest';
import { uncoveredSentence } from '../../../dashboard/data/uncovered-schools.js';

describe('the sentence about schools that delivered nothing (classification.md §6)', () => {
  it('names the number of schools and the month, and is empty when every school delivered', () => {
    expect(uncoveredSentence(3, '2026-10')).toBe('3 scholen leverden over oktober nog niets aan; hun leerlingen tellen met de dagen die wel bekend zijn');
    expect(uncoveredSentence(1, '2026-01')).toBe('1 school leverde over januari nog niets aan; haar leerlingen tellen met de dagen die wel bekend zijn');
    expect(uncoveredSentence(0, '2026-10')).toBe('');
  });
});
