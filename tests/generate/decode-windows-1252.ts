// Test-side Windows-1252 decoder. Node 20.18.3+ decodes TextDecoder('windows-1252') as Latin-1
// (nodejs/node#60888): bytes 0x80-0x9F come out as C1 control characters instead of ’ – € etc.
// So the tests map that block themselves, from the code page table.

const block = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? block[b - 0x80] : String.fromCharCode(b);
  return text;
}
