// Flags that several commands share, and typed reads of parsed flag values.

import type { FlagSpec, FlagValue } from '../cli-flags.js';

export const db = { value: 'FILE', help: 'de database', required: true } as const satisfies FlagSpec;
export const format = { value: 'FORMAT', help: 'uitvoervorm', choices: ['csv', 'json'], default: 'csv' } as const satisfies FlagSpec;
export const out = { value: 'FILE', help: 'schrijf naar dit bestand in plaats van naar standaarduitvoer' } as const satisfies FlagSpec;
export const delimiter = { value: 'D', help: "scheidingsteken: ';', ',' of tab (standaard: herkend)" } as const satisfies FlagSpec;
export const encoding = { value: 'E', help: 'tekenset: utf-8, windows-1252 of utf-16 (standaard: herkend)' } as const satisfies FlagSpec;
export const layouts = { value: 'MAP', help: 'een map met eigen layouts (JSON), naast die van het pakket' } as const satisfies FlagSpec;

/** A flag that is required or has a default (parseCommand has checked it). */
export const text = (value: FlagValue) => value as string;
export const optional = (value: FlagValue) => value as string | undefined;
/** A flag given more than once (multiple); undefined when it was not given. */
export const list = (value: FlagValue) => ((value as string[]).length > 0 ? (value as string[]) : undefined);
