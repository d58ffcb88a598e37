// `tzm generate --out DIR [--pupils N] [--seed N]`: a made-up municipality (pipeline/generate/).

import type { Command } from '../cli-flags.js';
import { text } from './flags.js';

export const generate: Command = {
  summary: 'een verzonnen gemeente om mee te oefenen / a made-up municipality to practise on',
  flags: {
    out: { value: 'DIR', help: 'map voor de bestanden', required: true },
    pupils: { value: 'N', help: 'aantal leerlingen', default: '6000', integer: { min: 1, max: 10_000_000 } },
    seed: { value: 'N', help: 'startwaarde van het toeval', default: '1', integer: { min: 0, max: 2 ** 31 - 1 } },
  },
  async run({ flags }) {
    const { generate: make } = await import('../generate/generate.js');
    const summary = await make({ out: text(flags.out), pupils: flags.pupils as number, seed: flags.seed as number });
    process.stdout.write(`${summary}\n`);
    return 0;
  },
};
