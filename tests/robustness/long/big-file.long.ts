// The 200 MB case of the brief (about 1.5 minutes and several GB of memory while the ingest
// holds the whole file): not part of `npm test`, run with `npm run test:long`.

import { describeFlatMemory } from '../flat-memory.js';

describeFlatMemory(20, 200);
