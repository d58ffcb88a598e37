// The feasible range of unknowns under linear constraints, by a real LP solver: HiGHS compiled to
// WebAssembly (npm `highs`). For each unknown asked, minimise it, then maximise it, over one model
// kept in memory, so the audit of a page costs two small solves per hidden cell.

import highsPackage, { type Highs } from 'highs';

// The package's types describe a CommonJS default export, while Node (and vitest) load its ES
// module build, whose default export is the loader function itself.
const loadHighs = highsPackage as unknown as typeof highsPackage.default;

export interface Unknown {
  lower: number;
  /** Infinity when the figure has no known upper bound. */
  upper: number;
}

/** lower <= sum(coefficient * unknown) <= upper; equal bounds make an equality. */
export interface Constraint {
  terms: { index: number; coefficient: number }[];
  lower: number;
  upper: number;
}

export interface LinearSystem {
  unknowns: Unknown[];
  constraints: Constraint[];
}

export interface Range {
  min: number;
  /** Infinity when nothing bounds the unknown from above. */
  max: number;
}

let highs: Promise<Highs> | undefined;

/** The solver is compiled once per process; every call after the first reuses it. */
function solver(): Promise<Highs> {
  highs ??= loadHighs();
  return highs as Promise<Highs>;
}

/** The range of each unknown in `asked`, or 'infeasible' when no values satisfy the system. */
export async function feasibleRanges(system: LinearSystem, asked: number[]): Promise<Range[] | 'infeasible'> {
  const h = await solver();
  const model = h.createModel();
  try {
    model.options.set({ output_flag: false });
    for (const u of system.unknowns) model.addVar(u.lower, u.upper === Infinity ? h.infinity : u.upper);
    for (const c of system.constraints) {
      model.addRow(c.lower === -Infinity ? -h.infinity : c.lower, c.upper === Infinity ? h.infinity : c.upper, {
        indices: c.terms.map((t) => t.index),
        values: c.terms.map((t) => t.coefficient),
      });
    }
    const { optimal, infeasible, unbounded, unboundedOrInfeasible } = modelStatus;
    const extreme = (index: number, sense: 'minimize' | 'maximize'): number | 'infeasible' => {
      model.changeColCost(index, 1);
      model.changeObjectiveSense(h.constants.objectiveSense[sense]);
      model.run();
      const status = model.getModelStatus();
      const value = model.getObjectiveValue();
      model.changeColCost(index, 0);
      if (status === optimal) return value;
      if (status === infeasible) return 'infeasible';
      if (status === unbounded || status === unboundedOrInfeasible) return sense === 'maximize' ? Infinity : -Infinity;
      throw new Error(`LP solver stopped with status ${status}`);
    };
    const result: Range[] = [];
    for (const index of asked) {
      const min = extreme(index, 'minimize');
      const max = extreme(index, 'maximize');
      if (min === 'infeasible' || max === 'infeasible') return 'infeasible';
      result.push({ min, max });
    }
    return result;
  } finally {
    model.dispose();
  }
}

// HiGHS model status codes (types.d.ts ModelStatusCode).
const modelStatus = { optimal: 7, infeasible: 8, unboundedOrInfeasible: 9, unbounded: 10 } as const;
