// How exports get damaged on their way to us, as fast-check arbitraries over bytes: a byte
// changed, a delimiter, quote or line end inserted, a stretch deleted, the file cut off, a line
// duplicated, the delimiter swapped, or the whole file saved in another encoding.

import fc from 'fast-check';

export type Mutation = { label: string; apply: (bytes: Uint8Array) => Uint8Array };

/**
 * Where in the file: a fraction of the part after the header line, so that most damage hits the
 * records (damage to the header itself, which refuses the file, is a mutation of its own).
 */
const position = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);
function at(fraction: number, bytes: Uint8Array): number {
  const newline = bytes.indexOf(0x0a);
  const body = newline === -1 ? 0 : newline + 1;
  return body + Math.min(bytes.length - body, Math.floor(fraction * (bytes.length - body + 1)));
}

const SNIPPETS = [';', ',', '\t', '"', '""', '\n', '\r\n', '\r', ' ', ';;', '"\n"', 'é', '’', '\uFEFF', '12AB', '31-02-2026', '-1', 'x'];

/** Windows-1252 for the characters these files use; anything else becomes '?'. */
function toWindows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, '‘': 0x91, '–': 0x96, '€': 0x80 };
  return Uint8Array.from([...text].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

const encodings: Record<string, (text: string) => Uint8Array> = {
  'utf-8 BOM': (text) => Buffer.from(`\uFEFF${text}`, 'utf8'),
  'utf-16le BOM': (text) => Buffer.from(`\uFEFF${text}`, 'utf16le'),
  'utf-16be BOM': (text) => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16(),
  'windows-1252': toWindows1252,
  CRLF: (text) => Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8'),
};

function splice(bytes: Uint8Array, start: number, remove: number, insert: Uint8Array = new Uint8Array()): Uint8Array {
  return Buffer.concat([bytes.subarray(0, start), insert, bytes.subarray(start + remove)]);
}

function lines(bytes: Uint8Array): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      out.push(Buffer.from(bytes.subarray(start, i + 1)));
      start = i + 1;
    }
  }
  if (start < bytes.length) out.push(Buffer.from(bytes.subarray(start)));
  return out;
}

const byte = fc.noBias(fc.integer({ min: 0, max: 255 }));
const printable = fc.noBias(fc.integer({ min: 0x20, max: 0x7e }));

function replaceByte(p: number, value: number): Mutation {
  return {
    label: `byte ${value} at ${p.toFixed(3)}`,
    apply: (b) => (b.length === 0 ? b : splice(b, Math.min(at(p, b), b.length - 1), 1, Uint8Array.of(value))),
  };
}

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(position, printable).map(([p, value]) => replaceByte(p, value)) },
  { weight: 1, arbitrary: fc.tuple(position, byte).map(([p, value]) => replaceByte(p, value)) },
  {
    weight: 4,
    arbitrary: fc.tuple(position, fc.constantFrom(...SNIPPETS)).map(([p, text]): Mutation => ({
      label: `insert ${JSON.stringify(text)} at ${p.toFixed(3)}`,
      apply: (b) => splice(b, at(p, b), 0, Buffer.from(text, 'utf8')),
    })),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(position, fc.integer({ min: 1, max: 40 })).map(([p, n]): Mutation => ({
      label: `delete ${n} at ${p.toFixed(3)}`,
      apply: (b) => splice(b, at(p, b), n),
    })),
  },
  { weight: 1, arbitrary: position.map((p): Mutation => ({ label: `truncate at ${p.toFixed(3)}`, apply: (b) => b.subarray(0, at(p, b)) })) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.noBias(fc.integer({ min: 0, max: 40 })), byte).map(([i, value]): Mutation => ({
      label: `header byte ${i} = ${value}`,
      apply: (b) => (i < b.length ? splice(b, i, 1, Uint8Array.of(value)) : b),
    })),
  },
  {
    weight: 2,
    arbitrary: position.map((p): Mutation => ({
      label: `duplicate line at ${p.toFixed(3)}`,
      apply: (b) => {
        const all = lines(b);
        if (all.length === 0) return b;
        const i = Math.min(all.length - 1, Math.floor(p * all.length));
        const copy = all[i].at(-1) === 0x0a ? all[i] : Buffer.concat([all[i], Buffer.from('\n')]);
        return Buffer.concat([...all.slice(0, i + 1), copy, ...all.slice(i + 1)]);
      },
    })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(';', ',', '\t'), fc.constantFrom(';', ',', '\t')).map(([from, to]): Mutation => ({
      label: `delimiter ${JSON.stringify(from)} -> ${JSON.stringify(to)}`,
      apply: (b) => Buffer.from(Buffer.from(b).toString('latin1').split(from).join(to), 'latin1'),
    })),
  },
);

/** Re-encoding applies to the text before the byte damage (as when a file is saved in Excel). */
export const encoding = fc.constantFrom('as is', ...Object.keys(encodings));

export function encode(text: string, name: string): Uint8Array {
  return name === 'as is' ? Buffer.from(text, 'utf8') : encodings[name](text);
}
