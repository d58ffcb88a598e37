// One benchmark run at one scale, as saved in bench/results/<scale>.json and rendered into
// BENCHMARKS.md. Times in ms, memory in MiB, sizes in bytes.

import type { DashboardResult } from './dashboard-bench.js';
import type { IngestResult } from './ingest-bench.js';
import type { Machine } from './machine.js';
import type { ScaleName } from './scales.js';
import type { SourceState } from './source-state.js';
import type { StepResult } from './steps-bench.js';

export interface BenchResult {
  scale: ScaleName;
  pupils: number;
  runs: number;
  date: string;
  machine: Machine;
  source: SourceState;
  /** The exact commands, in the order they ran (paths relative to the work directory shown). */
  commands: string[];
  work: string;
  totalSeconds: number;
  generate: { ms: number; peakRssMiB: number; reused: boolean };
  input: { absenceFiles: number; absenceBytes: number; registerFiles: number; registerBytes: number };
  registerIngest: { ms: number; peakRssMiB: number };
  ingest: Omit<IngestResult, 'db'>;
  classify: StepResult;
  monitor: StepResult;
  /** `tzm jaartelling` of the school year up to the generator's peildatum (absent in results made before it). */
  jaartelling?: StepResult;
  dbBytes: number;
  dashboard?: DashboardResult;
  /** Where each step's figures were measured: a run with `--steps` keeps the others' from the saved result (absent in results made before it). */
  measured?: Record<string, { date: string; commit: string }>;
  notes: string[];
}
