// The long crash runs: many more kills for ingest and monitor, with a seed from the clock unless
// TZM_CRASH_SEED is set (the seed is in the test name, to replay a failure).

import { prepareIngestCrash, prepareMonitorCrash } from '../crash.js';
import { describeCrashTrials } from '../describe-crash.js';

const seed = Number(process.env.TZM_CRASH_SEED ?? Date.now() % 1_000_000);
const trials = Number(process.env.TZM_CRASH_TRIALS ?? 150);

describeCrashTrials({
  command: 'ingest',
  prepare: prepareIngestCrash,
  randomTrials: trials,
  seed,
  aimed: [
    ['right after the commit (checkpoint)', { afterSummaryMs: 0 }],
    ['5 ms after the commit', { afterSummaryMs: 5 }],
    ['20 ms after the commit', { afterSummaryMs: 20 }],
    ['during the snapshot copy', { duringSnapshotCopy: true }],
  ],
  timeoutMs: 60 * 60_000,
});

describeCrashTrials({
  command: 'monitor',
  prepare: prepareMonitorCrash,
  randomTrials: Math.ceil(trials / 3),
  seed,
  aimed: [['during the snapshot copy', { duringSnapshotCopy: true }]],
  timeoutMs: 60 * 60_000,
});
