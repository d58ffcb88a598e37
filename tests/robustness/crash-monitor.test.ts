// SIGKILL during `tzm monitor` (state: classifications and the monitor_* tables, which a run
// replaces for the months it covers): always exactly before or after, never a half-written month.
// Replay with TZM_CRASH_SEED=<seed>; more trials: tests/robustness/long/crash.long.ts.

import { prepareMonitorCrash } from './crash.js';
import { describeCrashTrials } from './describe-crash.js';

describeCrashTrials({
  command: 'monitor',
  prepare: prepareMonitorCrash,
  randomTrials: 20,
  seed: Number(process.env.TZM_CRASH_SEED ?? 6),
  aimed: [['during the snapshot copy', { duringSnapshotCopy: true }]],
  timeoutMs: 300_000,
});
