import { describe, expect, it } from 'vitest';
import { csvRecords, LINE_TOO_LONG, RunawayQuote } from '../../pipeline/ingest/csv-records.js';

async function records(chunks: string[], delimiter = ';') {
  async function* source() {
    yield* chunks;
  }
  const out = [];
  for await (const record of csvRecords(source(), delimiter)) out.push(record);
  return out;
}

describe('csvRecords', () => {
  it('splits lines and fields, LF and CRLF alike', async () => {
    expect(await records(['a;b\r\n1;2\n3;4'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('keeps a quoted delimiter, a doubled quote and a quoted newline inside one field', async () => {
    const result = await records(['naam;sector\n"Oranjeschool; ’t Zonnetje";PO\n"De ""Wilg""\nlocatie 2";SO\nX;VO\n']);
    expect(result).toEqual([
      { line: 1, fields: ['naam', 'sector'] },
      { line: 2, fields: ['Oranjeschool; ’t Zonnetje', 'PO'] },
      { line: 3, fields: ['De "Wilg"\nlocatie 2', 'SO'] },
      // the record after a quoted newline starts on physical line 5
      { line: 5, fields: ['X', 'VO'] },
    ]);
  });

  it('skips empty lines but counts them', async () => {
    expect(await records(['a;b\n\n1;2\n   \n3;4\n'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 5, fields: ['3', '4'] },
    ]);
  });

  it('reassembles records split across chunks, also inside quotes and between \\r and \\n', async () => {
    const whole = await records(['a,b\r\n"x\ny",2\r\n3,"4"""\r\n'], ',');
    const pieces = await records(['a,b\r', '\n"x', '\ny",2\r\n3,"4"', '""\r\n'], ',');
    expect(pieces).toEqual(whole);
    expect(whole[2]).toEqual({ line: 4, fields: ['3', '4"'] });
  });

  it('a quoted field that runs on past the limit is an error naming the line the quote opened on', async () => {
    async function* source() {
      yield 'a;b\n1;2\n3;"x\n';
      yield 'y\n'.repeat(20); // 40 characters in the quote, past a limit of 30
    }
    const read = async () => {
      for await (const record of csvRecords(source(), ';', 30)) void record;
    };
    await expect(read()).rejects.toThrow(RunawayQuote);
    await expect(read()).rejects.toMatchObject({ line: 3 });
  });
});

describe('csvRecords: a line too long', () => {
  it('is reported as one record without its text, and the lines after it keep their numbers', async () => {
    // limit 10 characters; line 2 has 30 and arrives in pieces
    const chunks = ['a;b\n', 'x'.repeat(15), 'y'.repeat(15), '\n3;4\n'];
    async function* source() {
      yield* chunks;
    }
    const out = [];
    for await (const record of csvRecords(source(), ';', 1000, 10)) out.push(record);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: LINE_TOO_LONG },
      { line: 3, fields: ['3', '4'] },
    ]);
  });
});
