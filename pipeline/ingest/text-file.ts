// Reading an export as text: content hash, encoding detection and streaming decode.
// spec/inputs.md: UTF-8 with or without BOM, or Windows-1252; we also read UTF-16 with a BOM,
// which is what Excel writes as "Unicode-tekst". Binary files are refused as a whole.

import { createHash, createHmac } from 'node:crypto';
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../user-error.js';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

const SAMPLE_BYTES = 64 * 1024;

export interface FileScan {
  /** The content hash, keyed when a key is given (HMAC-SHA256): nothing to brute-force without it. */
  sha256: string;
  bytes: number;
  /** Any double quote: quoted fields need the record-aware reader. */
  hasQuote: boolean;
  /** A CR not followed by LF: DuckDB's reader would end a line there, the spec does not. */
  hasLoneCR: boolean;
  /** Any empty line (or one at the start): DuckDB skips those, so row n would not be line n + 1. */
  hasBlankLine: boolean;
  /** The whole file is valid UTF-8 (a sample is not enough: an é may come after 64 KB). */
  validUtf8: boolean;
  /** Some characters are written as UTF-8 (a valid multi-byte sequence): with validUtf8 false, the file mixes encodings. */
  hasUtf8Text: boolean;
}

// A well-formed UTF-8 sequence of two to four bytes, read as Latin-1 text. In a Windows-1252 file
// these pairs are letter-symbol combinations like 'Ã©' that Dutch text does not hold.
const UTF8_SEQUENCE = /[\xC2-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF4][\x80-\xBF]{3}/;

/**
 * One pass over the bytes: content hash and the shape facts that pick the reader. Read with
 * plain reads into one buffer: an async stream waited on the thread pool for every megabyte
 * before hashing it, and took twice as long (BENCHMARKS.md). It gives way to the event loop
 * every 64 MiB, so a signal is still heard during a large file.
 */
export async function scanFile(file: string, hashKey?: Uint8Array): Promise<FileScan> {
  const hash = hashKey === undefined ? createHash('sha256') : createHmac('sha256', hashKey);
  let bytes = 0;
  let hasQuote = false;
  let hasBlankLine = false;
  let hasLoneCR = false;
  let validUtf8 = true;
  let hasUtf8Text = false;
  let carry: Buffer = Buffer.alloc(0); // a character split across two chunks
  let previous = 0x0a; // as if preceded by a newline: a file starting with one has a blank line
  let beforePrevious = 0;
  const buffer = Buffer.allocUnsafe(SCAN_CHUNK_BYTES);
  const fd = openSync(file, 'r');
  try {
    let chunks = 0;
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const chunk = buffer.subarray(0, read);
      hash.update(chunk);
      bytes += read;
      if (validUtf8) {
        const joined = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        const cut = joined.length - incompleteTail(joined);
        validUtf8 = isUtf8(joined.subarray(0, cut));
        carry = Buffer.from(joined.subarray(cut));
        // valid UTF-8 that is not ASCII holds a multi-byte character (native checks, no JS loop)
        if (validUtf8 && !hasUtf8Text && !isAscii(joined.subarray(0, cut))) hasUtf8Text = true;
      }
      // Once the file is not UTF-8 (a Windows-1252 register, small), look for UTF-8 text in it too.
      if (!validUtf8 && !hasUtf8Text) hasUtf8Text = UTF8_SEQUENCE.test(chunk.toString('latin1'));
      if (!hasQuote && chunk.includes(0x22)) hasQuote = true;
      if (!hasLoneCR) hasLoneCR = loneCR(chunk, previous);
      if (!hasBlankLine) {
        const seam = Buffer.from([beforePrevious, previous, ...chunk.subarray(0, 2)]);
        hasBlankLine = [chunk, seam].some((part) => part.includes('\n\n') || part.includes('\n\r\n'));
      }
      beforePrevious = chunk.length > 1 ? chunk[chunk.length - 2] : previous;
      previous = chunk[chunk.length - 1];
      if (++chunks % SCAN_YIELD_CHUNKS === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    closeSync(fd);
  }
  if (carry.length > 0) validUtf8 = false; // the file ends inside a character
  if (previous === 0x0d && bytes > 0) hasLoneCR = true; // the file ends in a bare CR
  return { sha256: hash.digest('hex'), bytes, hasQuote, hasBlankLine, hasLoneCR, validUtf8, hasUtf8Text };
}

const SCAN_CHUNK_BYTES = 1 << 20;
const SCAN_YIELD_CHUNKS = 64;

/** A CR whose next byte (in this chunk) is not LF, or a chunk starting with a byte other than LF after a CR. */
function loneCR(chunk: Buffer, previous: number): boolean {
  if (previous === 0x0d && chunk[0] !== 0x0a) return true;
  for (let at = chunk.indexOf(0x0d); at !== -1 && at < chunk.length - 1; at = chunk.indexOf(0x0d, at + 1)) {
    if (chunk[at + 1] !== 0x0a) return true;
  }
  return false;
}

/** How many bytes at the end start a UTF-8 character that the buffer does not complete. */
function incompleteTail(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

export async function readSample(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The encoding of a file from its first bytes and whether all of it is UTF-8; refuses what is not text. */
export function detectEncoding(sample: Uint8Array, file: string, validUtf8: boolean, mixed = false): Encoding {
  const name = path.basename(file);
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  const bom = sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf;
  if (!bom && looksBinary(sample)) {
    throw new UserError(
      `${name}: dit is geen tekstbestand (CSV of JSON); het bestand is niet geladen`,
      `${name}: this is not a text file (CSV or JSON); the file was not loaded`,
    );
  }
  if (bom && !validUtf8) {
    throw new UserError(
      `${name}: het bestand zegt UTF-8 te zijn (BOM) maar bevat ongeldige tekens; sla het opnieuw op als UTF-8`,
      `${name}: the file says it is UTF-8 (BOM) but holds invalid characters; save it again as UTF-8`,
    );
  }
  if (!bom && !validUtf8 && mixed) {
    // Issue 9 item 9: read as Windows-1252 the UTF-8 half would load as mojibake (Ã©), read as
    // UTF-8 the other half is invalid: refused, naming both; --encoding chooses one.
    throw new UserError(
      `${name}: het bestand mengt UTF-8 en Windows-1252 (ANSI); sla het opnieuw op in één tekenset, of geef --encoding`,
      `${name}: the file mixes UTF-8 and Windows-1252 (ANSI); save it again in one encoding, or pass --encoding`,
    );
  }
  return bom || validUtf8 ? 'utf-8' : 'windows-1252';
}

function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length / 100;
}

/** Accepts the names people type for --encoding. */
export function encodingFromFlag(flag: string): Encoding {
  const key = flag.toLowerCase().replace(/[^a-z0-9]/g, '');
  const known: Record<string, Encoding> = {
    utf8: 'utf-8',
    windows1252: 'windows-1252',
    cp1252: 'windows-1252',
    latin1: 'windows-1252',
    iso88591: 'windows-1252',
    ansi: 'windows-1252',
    utf16: 'utf-16le',
    utf16le: 'utf-16le',
    utf16be: 'utf-16be',
  };
  const encoding = known[key];
  if (encoding === undefined) {
    throw new UserError(
      `onbekende tekenset '${flag}' (kies utf-8, windows-1252 of utf-16)`,
      `unknown encoding '${flag}' (choose utf-8, windows-1252 or utf-16)`,
      { exitCode: 2 },
    );
  }
  return encoding;
}

// Windows-1252 bytes 0x80-0x9F (’ – € …). Some Node 20 builds decode them as Latin-1 control
// characters (U+0080-U+009F); this maps them back, and is a no-op where Node decodes correctly.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1 = /[\u0080-\u009F]/g;

export function fixWindows1252(text: string): string {
  return text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** A decoder for one of our encodings, with the Windows-1252 repair applied. */
export function textDecoder(encoding: Encoding, fatal = false): { decode(bytes?: Uint8Array, options?: { stream?: boolean }): string } {
  const decoder = new TextDecoder(encoding, { fatal });
  if (encoding !== 'windows-1252') return decoder;
  return { decode: (bytes, options) => fixWindows1252(decoder.decode(bytes, options)) };
}

export interface DecodeProgress {
  (bytesRead: number): void;
}

/** The file as a stream of decoded text chunks. Invalid UTF-8 refuses the file. */
export async function* decodeFile(file: string, encoding: Encoding, onBytes?: DecodeProgress): AsyncGenerator<string> {
  const decoder = textDecoder(encoding, encoding === 'utf-8');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      onBytes?.(bytes);
      yield decoder.decode(chunk, { stream: true });
    }
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) {
      const name = path.basename(file);
      throw new UserError(
        `${name}: ongeldige UTF-8-tekens rond byte ${bytes}; sla het bestand op als UTF-8 of geef --encoding windows-1252`,
        `${name}: invalid UTF-8 near byte ${bytes}; save the file as UTF-8 or pass --encoding windows-1252`,
      );
    }
    throw error;
  }
}
