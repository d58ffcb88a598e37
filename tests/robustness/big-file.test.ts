// A big export streams through the ingest with flat memory. The suite compares 4 MB with 40 MB to
// stay fast; tests/robustness/long/big-file.long.ts does 20 MB against 200 MB.

import { describeFlatMemory } from './flat-memory.js';

describeFlatMemory(4, 40, 256);
