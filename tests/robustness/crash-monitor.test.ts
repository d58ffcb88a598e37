// SIGKILL during `tzm monitor` (state: classifications and the monitor_* tables, which a run
// replaces for the months it covers): always exactly before or after, never a half-written month.
// A few random kills keep every run honest; the many (150) are in `npm run test:long`
// (tests/robustness/long/crash.long.ts). Replay with TZM_CRASH_SEED=<seed>.

import { prepareMonitorCrash } from './crash.js';
import { describeCrashTrials } from './describe-crash.js';

describeCrashTrials({
  command: 'monitor',
  prepare: prepareMonitorCrash,
  randomTrials: 8,
  seed: Number(process.env.TZM_CRASH_SEED ?? 6),
  aimed: [['during the snapshot copy', { duringSnapshotCopy: true }]],
  timeoutMs: 300_000,
});
