// SIGKILL during `tzm ingest`, at seeded random moments and at the moments after the commit
// (checkpoint, snapshot copy): the database always opens, its bookkeeping agrees with its rows,
// and it holds exactly the state before the ingest or, once committed, exactly the state after.
// A few random kills keep every run honest; the many (150) are in `npm run test:long`
// (tests/robustness/long/crash.long.ts). Replay with TZM_CRASH_SEED=<seed>.

import { prepareIngestCrash } from './crash.js';
import { describeCrashTrials } from './describe-crash.js';

describeCrashTrials({
  command: 'ingest',
  prepare: prepareIngestCrash,
  randomTrials: 8,
  seed: Number(process.env.TZM_CRASH_SEED ?? 6),
  aimed: [
    ['right after the commit (checkpoint)', { afterSummaryMs: 0 }],
    ['during the snapshot copy', { duringSnapshotCopy: true }],
  ],
  timeoutMs: 300_000,
});
