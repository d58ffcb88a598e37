// The disclosure audit: what can a reader work out about each hidden figure from everything that
// is published next to it? The published figures and every relation between them become a linear
// program, and HiGHS minimises and maximises each hidden cell (ranges.ts). Two rules (README
// "Openbaarheid" under the rules, and "Onderdrukking" under "Keuzes in de dashboards"):
// - pinned: using all that the labels say ("<5" is 1..upTo; "×" is at least upTo + 1, since a
//   zero is never hidden; "*" says nothing, so only >= 0), no hidden figure may be pinned to one
//   whole number;
// - protection interval: from the published numbers and relations alone (every hidden figure
//   only >= 0), each small count ("<5" or "*") must keep a range of at least upTo + 1 wide.
// Findings name cells, never values: a failed audit may be printed.

import { feasibleRanges, type Constraint, type LinearSystem, type Range } from './ranges.js';

export interface PublishedFigure {
  aantal: number | null;
  verborgen?: 'klein' | 'afgeleid' | 'weggelaten';
}

/**
 * A relation between published cells: a sum, a known value (a target path's baseline), or a bound
 * (on track; `published`: a bound read from published numbers, such as a year total that is at
 * least a shown month figure, which counts without the labels too).
 */
export type Relation =
  | { kind: 'sum'; total: string; parts: string[]; atLeast?: boolean }
  | { kind: 'value'; cell: string; value: number }
  | { kind: 'bound'; cell: string; atMost?: number; atLeast?: number; published?: boolean };

export interface Publication {
  figures: Record<string, PublishedFigure>;
  relations: Relation[];
}

export interface Finding {
  cell: string;
  rule: 'vastgepind' | 'te smal' | 'tegenstrijdig';
}

const eps = 1e-6;

export async function audit({ figures, relations }: Publication, upTo: number, only?: string[]): Promise<Finding[]> {
  const hidden = Object.keys(figures).filter((key) => figures[key].aantal === null);
  const unknowns = new Map<string, number>();
  const unknownOf = (cell: string) => {
    // a cell a relation names but the page does not publish is unknown too
    if (figures[cell]?.aantal != null) return undefined;
    if (!unknowns.has(cell)) unknowns.set(cell, unknowns.size);
    return unknowns.get(cell);
  };
  for (const cell of hidden) unknownOf(cell);
  const constraints = relations.flatMap((r) => constraintOf(r, figures, unknownOf));
  // "op koers" for a hidden value is said only when its label settles it (raad-targets.ts): it is
  // label knowledge, so it joins the labels, not the bare relations
  const bareConstraints = relations.filter((r) => r.kind !== 'bound' || r.published).flatMap((r) => constraintOf(r, figures, unknownOf));
  const cells = [...unknowns.keys()];
  const asked = (only ?? hidden).filter((cell) => figures[cell]?.aantal === null);

  const labelled: LinearSystem = {
    unknowns: cells.map((cell) => {
      const reason = figures[cell]?.verborgen;
      if (reason === 'klein') return { lower: 1, upper: upTo };
      if (reason === 'afgeleid') return { lower: upTo + 1, upper: Infinity };
      return { lower: 0, upper: Infinity };
    }),
    constraints,
  };
  const findings: Finding[] = [];
  const withLabels = await feasibleRanges(labelled, asked.map((cell) => unknowns.get(cell) as number));
  if (withLabels === 'infeasible') return asked.map((cell) => ({ cell, rule: 'tegenstrijdig' }));
  asked.forEach((cell, i) => {
    if (pinned(withLabels[i])) findings.push({ cell, rule: 'vastgepind' });
  });

  const small = asked.filter((cell) => figures[cell].verborgen === 'klein' || figures[cell].verborgen === 'weggelaten');
  const bare: LinearSystem = { unknowns: cells.map(() => ({ lower: 0, upper: Infinity })), constraints: bareConstraints };
  const withoutLabels = await feasibleRanges(bare, small.map((cell) => unknowns.get(cell) as number));
  if (withoutLabels === 'infeasible') return asked.map((cell) => ({ cell, rule: 'tegenstrijdig' }));
  small.forEach((cell, i) => {
    const { min, max } = withoutLabels[i];
    if (max - min < upTo + 1 - eps) findings.push({ cell, rule: 'te smal' });
  });
  return findings;
}

/** At most one whole number fits in the range. */
function pinned({ min, max }: Range): boolean {
  return Math.floor(max + eps) <= Math.ceil(min - eps);
}

function constraintOf(
  relation: Relation,
  figures: Record<string, PublishedFigure>,
  unknownOf: (cell: string) => number | undefined,
): Constraint[] {
  // sum(coefficient * cell) in [lower, upper], with the published cells moved to the bounds
  const terms: { index: number; coefficient: number }[] = [];
  let known = 0;
  const add = (cell: string, coefficient: number) => {
    const index = unknownOf(cell);
    if (index === undefined) known += coefficient * (figures[cell].aantal as number);
    else terms.push({ index, coefficient });
  };
  let lower: number;
  let upper: number;
  if (relation.kind === 'sum') {
    add(relation.total, 1);
    for (const part of relation.parts) add(part, -1);
    [lower, upper] = [0, relation.atLeast ? Infinity : 0];
  } else if (relation.kind === 'value') {
    add(relation.cell, 1);
    [lower, upper] = [relation.value, relation.value];
  } else {
    add(relation.cell, 1);
    [lower, upper] = [relation.atLeast ?? -Infinity, relation.atMost ?? Infinity];
  }
  if (terms.length === 0) return [];
  return [{ terms, lower: lower - known, upper: upper - known }];
}
