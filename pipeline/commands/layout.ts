// `tzm layout --kind KIND FILE`: drafts a layout for a new source system from a sample file
// (pipeline/ingest/layout-draft.ts), for the user to complete.

import { writeFileSync } from 'node:fs';
import type { Command } from '../cli-flags.js';
import { UserError } from '../user-error.js';
import { delimiter, encoding, layouts, optional, text } from './flags.js';

export const layout: Command = {
  summary: 'ontwerpt een layout uit een voorbeeldbestand / drafts a layout from a sample file',
  positionals: 'FILE',
  flags: {
    kind: { value: 'KIND', help: 'de soort bestand', required: true },
    name: { value: 'NAAM', help: 'de naam van de nieuwe layout' },
    out: { value: 'FILE.json', help: 'schrijf de layout hierheen in plaats van naar standaarduitvoer' },
    layouts,
    delimiter,
    encoding,
  },
  async run({ flags, positionals: files }) {
    if (files.length !== 1) throw new UserError('geef één voorbeeldbestand', 'give one sample file', { exitCode: 2 });
    const { draftLayout, describeDraft } = await import('../ingest/layout-draft.js');
    const { loadLayouts } = await import('../ingest/layouts.js');
    const draft = await draftLayout(files[0], loadLayouts(optional(flags.layouts)), {
      kind: text(flags.kind), name: optional(flags.name), delimiter: optional(flags.delimiter), encoding: optional(flags.encoding),
    });
    const json = `${JSON.stringify(draft.layout, null, 2)}\n`;
    if (flags.out) writeFileSync(text(flags.out), json);
    else process.stdout.write(json);
    process.stderr.write(`${describeDraft(draft)}\n`);
    return 0;
  },
};
