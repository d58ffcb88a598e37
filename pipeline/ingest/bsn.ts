// The BSN checks of spec/inputs.md: 9 digits (a shorter value lost its leading zeros in a
// spreadsheet and is left-padded, inputs.md 1.1), passing the elfproef.

/** The 9-digit BSN, or null when the value cannot be one. */
export function normaliseBsn(raw: string): string | null {
  const value = raw.trim();
  if (!/^\d{1,9}$/.test(value)) return null;
  const bsn = value.padStart(9, '0');
  return passesElfproef(bsn) ? bsn : null;
}

/** d1*9 + d2*8 + ... + d8*2 - d9*1 is divisible by 11 and not 0. */
export function passesElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum !== 0 && sum % 11 === 0;
}
