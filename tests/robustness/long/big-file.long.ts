// The 200 MB case of the brief (over a minute of loading): not part of `npm test`, run with
// `npm run test:long`.

import { describeFlatMemory } from '../flat-memory.js';

describeFlatMemory(20, 200, 512);
