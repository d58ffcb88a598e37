// Small-number suppression for public pages, proven by the audit (audit.ts).
//
// Primary: every count from 1 up to `upTo` (settings.suppressUpTo, default 4) is shown as "<5";
// zero stays zero (an empty cell protects no one). Secondary, in three steps:
// 1. a sum with exactly one hidden member would give it away (total minus the other members), so
//    one more member goes: the cheapest by `cost` (relations.ts: breakdown cells before totals,
//    headline figures and path baselines last), then the smallest, never a zero; repeated until
//    no sum has a lone hidden member;
// 2. then the audit solves the month's tables together; for each hidden figure it can still pin
//    (or a small count left a range narrower than upTo + 1), one more figure in the sums around it
//    goes: of the cheapest kind, the one that makes the audit pass for that figure, else the
//    smallest of them;
// 3. when hiding every shown figure around it would not help, the labels themselves pin it (four
//    "<5" parts of a "<5" total are each 1): the cheapest small count around it is shown as "*",
//    hidden with no hint of its size.
// Secondarily hidden counts are shown as "×": they are not small, and "<5" would be untrue.

import { audit, type Publication, type Relation } from './audit.js';
import type { SumLine } from './relations.js';

export interface Figure {
  /** The count, or null when hidden. */
  aantal: number | null;
  /**
   * What to print: the count, "<5" (small), "×" (hidden to protect a small count elsewhere, so at
   * least 5), or "*" (a small count whose "<5" would, with the labels around it, give it away).
   */
  label: string;
  verborgen?: 'klein' | 'afgeleid' | 'weggelaten';
}

export interface SuppressOptions {
  upTo: number;
  /** Cost of hiding a figure for the secondary choice; default 1. */
  cost?: Record<string, number>;
  /** What a reader knows besides the sums (a lower bound from another page); only those that hold are used. */
  bounds?: Extract<Relation, { kind: 'bound' }>[];
}

type Reason = NonNullable<Figure['verborgen']>;
type Hidden = Map<string, Reason>;

export async function suppress(values: Record<string, number>, lines: SumLine[], { upTo, cost = {}, bounds = [] }: SuppressOptions): Promise<Record<string, Figure>> {
  // a line that the counts do not satisfy is no relation a reader could use
  const relations = lines.filter((line) => holds(values, line));
  const known = bounds.filter((b) => b.cell in values && values[b.cell] >= (b.atLeast ?? -Infinity) && values[b.cell] <= (b.atMost ?? Infinity));
  const hidden: Hidden = new Map();
  for (const [key, value] of Object.entries(values)) {
    if (value >= 1 && value <= upTo) hidden.set(key, 'klein');
  }
  const order = (a: string, b: string) => (cost[a] ?? 1) - (cost[b] ?? 1) || values[a] - values[b];

  for (;;) {
    spreadThroughSums(values, relations, hidden, order);
    const findings = await audit(publication(values, relations, hidden, known), upTo);
    if (findings.length === 0) break;
    const cell = findings[0].cell;
    const candidates = around(cell, relations, hidden, values, (key) => !hidden.has(key) && values[key] > 0).sort(order);
    const chosen = await protector(cell, candidates, values, relations, hidden, upTo, cost, known);
    if (chosen !== undefined) {
      hidden.set(chosen, 'afgeleid');
      continue;
    }
    // hiding what is shown cannot help: the labels themselves pin it (four "<5" parts of a "<5"
    // total are all 1), so a small count loses its label, the cheapest first
    const small = around(cell, relations, hidden, values, (key) => hidden.get(key) === 'klein').sort(order);
    if (small.length === 0) throw new Error(`suppression cannot protect ${cell}`);
    hidden.set(small[0], 'weggelaten');
  }

  const figures: Record<string, Figure> = {};
  for (const [key, value] of Object.entries(values)) {
    const reason = hidden.get(key);
    if (reason === 'klein') figures[key] = { aantal: null, label: `<${upTo + 1}`, verborgen: 'klein' };
    else if (reason === 'afgeleid') figures[key] = { aantal: null, label: '×', verborgen: 'afgeleid' };
    else if (reason === 'weggelaten') figures[key] = { aantal: null, label: '*', verborgen: 'weggelaten' };
    else figures[key] = { aantal: value, label: String(value) };
  }
  return figures;
}

/**
 * Step 2: the shown figure to hide for `cell`, of the cheapest kind: the first that makes the
 * audit pass for it, else the smallest. None when even hiding every candidate would not help.
 */
async function protector(
  cell: string,
  candidates: string[],
  values: Record<string, number>,
  relations: SumLine[],
  hidden: Hidden,
  upTo: number,
  cost: Record<string, number>,
  known: Relation[],
): Promise<string | undefined> {
  const passes = async (extra: string[]) =>
    (await audit(publication(values, relations, new Map([...hidden, ...extra.map((key): [string, Reason] => [key, 'afgeleid'])]), known), upTo, [cell])).length === 0;
  if (candidates.length === 0 || !(await passes(candidates))) return undefined;
  // among the cheapest only: a headline figure never goes while a cheaper one is left to try
  const cheapest = candidates.filter((key) => (cost[key] ?? 1) === (cost[candidates[0]] ?? 1));
  for (const candidate of cheapest.slice(0, 8)) if (await passes([candidate])) return candidate;
  return candidates[0];
}

/** Step 1: no exact sum keeps a lone hidden member. */
function spreadThroughSums(values: Record<string, number>, lines: SumLine[], hidden: Hidden, order: (a: string, b: string) => number) {
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines.filter((l) => !l.atLeast)) {
      const members = [line.total, ...line.parts].filter((key) => key in values);
      if (members.filter((key) => hidden.has(key)).length !== 1) continue;
      const candidates = members.filter((key) => !hidden.has(key) && values[key] > 0).sort(order);
      if (candidates.length === 0) continue;
      hidden.set(candidates[0], 'afgeleid');
      changed = true;
    }
  }
}

/**
 * The eligible figures in the sums around `cell`: the sums that hold it or a hidden figure linked
 * to it through hidden figures. With none there, any eligible figure of the month.
 */
function around(cell: string, lines: SumLine[], hidden: Hidden, values: Record<string, number>, eligible: (key: string) => boolean): string[] {
  const reached = new Set([cell]);
  const candidates = new Set<string>(eligible(cell) ? [cell] : []);
  for (let queue = [cell]; queue.length > 0; ) {
    const current = queue.pop() as string;
    for (const line of lines) {
      const members = [line.total, ...line.parts];
      if (!members.includes(current)) continue;
      for (const member of members.filter((m) => m in values)) {
        if (eligible(member)) candidates.add(member);
        if (hidden.has(member) && !reached.has(member)) {
          reached.add(member);
          queue.push(member);
        }
      }
    }
  }
  if (candidates.size > 0) return [...candidates];
  return Object.keys(values).filter(eligible);
}

function publication(values: Record<string, number>, lines: SumLine[], hidden: Hidden, known: Relation[] = []): Publication {
  const figures: Publication['figures'] = {};
  for (const [key, value] of Object.entries(values)) {
    const reason = hidden.get(key);
    figures[key] = reason ? { aantal: null, verborgen: reason } : { aantal: value };
  }
  return { figures, relations: [...lines.map((line): Relation => ({ kind: 'sum', ...line })), ...known] };
}

function holds(values: Record<string, number>, { total, parts, atLeast }: SumLine): boolean {
  const sum = parts.reduce((s, part) => s + (values[part] ?? 0), 0);
  const whole = values[total] ?? 0;
  return atLeast ? whole >= sum : whole === sum;
}
