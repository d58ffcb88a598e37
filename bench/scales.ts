// The benchmark's sizes and the dates it asks about. Pupils are residents aged 4-18 in the
// generated register (`tzm generate --pupils`); absence rows grow with them (about 40 per youth).

export type ScaleName = 'municipality' | 'region' | 'country';

export interface Scale {
  name: ScaleName;
  pupils: number;
  /** Repeated runs of each step when --runs is not given (medians are reported). */
  defaultRuns: number;
  /** Endpoint p95 target in ms (issue 5): a municipality's server vs the national one. */
  endpointP95TargetMs: number;
  /** A classify or monitor run still going after this long is stopped and reported as a miss. */
  stepTimeoutSeconds: { classify: number; monitor: number; jaartelling: number };
}

export const scales: Record<ScaleName, Scale> = {
  // The default (municipality) run must finish within 10 minutes: a step slower than the
  // country-scale target at 1/50 of the data is a clear miss and is not waited for.
  municipality: { name: 'municipality', pupils: 50_000, defaultRuns: 3, endpointP95TargetMs: 50, stepTimeoutSeconds: { classify: 60, monitor: 150, jaartelling: 120 } },
  region: { name: 'region', pupils: 500_000, defaultRuns: 2, endpointP95TargetMs: 300, stepTimeoutSeconds: { classify: 600, monitor: 1800, jaartelling: 1800 } },
  country: { name: 'country', pupils: 2_500_000, defaultRuns: 1, endpointP95TargetMs: 300, stepTimeoutSeconds: { classify: 1800, monitor: 3600, jaartelling: 3600 } },
};

/** The generator's peildatum (pipeline/generate/readme.ts): its data runs up to this Saturday. */
export const peildatum = '2026-10-31';

/** Ten month ends up to the generator's peildatum, for `tzm monitor --from --to`. */
export const monitorFrom = '2026-01';
export const monitorTo = '2026-10';

/** The school year `tzm jaartelling` counts: the whole of 2025-2026 (data up to 31 July 2026). */
export const jaartellingSchooljaar = '2025-2026';

export const seed = 1;

export const targets = {
  /** Ingest throughput at least this fraction of DuckDB's raw read_csv of the same files. */
  ingestVsRawRatio: 0.5,
  classifySeconds: 60,
  monitorSeconds: 300,
  /** Issue 13: the annual count at municipality scale; reported at larger scales. */
  jaartellingMunicipalitySeconds: 30,
  /** Database file at most this many times the CSV input. */
  dbSizeRatio: 1.5,
};
