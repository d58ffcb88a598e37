// A small Windows-1252 encoder: Node can decode windows-1252 (TextDecoder) but not encode it,
// and the register exports we imitate are written by Excel on Windows in that code page.

// The 0x80-0x9F block is where Windows-1252 differs from Latin-1; 0xA0-0xFF are the same code points.
const highBlock: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
  '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
  '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** The text as Windows-1252 bytes; a character that code page cannot hold is a programming error. */
export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) {
      bytes[i] = code;
    } else {
      const mapped = highBlock[text[i]];
      if (mapped === undefined) throw new Error(`'${text[i]}' has no Windows-1252 byte`);
      bytes[i] = mapped;
    }
  }
  return bytes;
}
