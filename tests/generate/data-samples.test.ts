import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../pipeline/generate/generate.js';

// Golden check: the committed data-samples/ is exactly what `tzm generate` writes with its
// defaults (6000 residents, seed 1). When the generator changes on purpose, regenerate it with
// `tzm generate --out data-samples` and commit both together.
describe('data-samples/', () => {
  it('is the default output of the generator, byte for byte', async () => {
    const committed = join(import.meta.dirname, '../../data-samples');
    const fresh = mkdtempSync(join(tmpdir(), 'tzm-samples-'));
    await generate({ out: fresh, pupils: 6000, seed: 1 });
    const list = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => !n.startsWith('.')).sort();
    const names = list(fresh).filter((n) => n !== 'verwachting');
    // .gitattributes keeps git from converting the line ends of these byte-exact fixtures.
    // data-samples/bronsystemen/ holds hand-written exports of real systems, not generated ones
    const generated = (n: string) => n !== 'verwachting' && n.split(/[\\/]/)[0] !== 'bronsystemen';
    expect(list(committed).filter(generated)).toEqual(names);
    for (const name of names) {
      expect([name, readFileSync(join(committed, name)).equals(readFileSync(join(fresh, name)))]).toEqual([name, true]);
    }
  });
});
