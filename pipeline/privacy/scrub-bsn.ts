// spec/inputs.md "Privacy": no raw BSN leaves the ingest, whatever the field or message. Every
// run of 8 or 9 digits that passes the elfproef after left-padding to 9 digits is replaced by
// `[BSN verwijderd]`. The same rule is the SQL macro scrub_bsn (pipeline/ingest/checks/macros.sql)
// for what the quarantine builds in DuckDB.
//
// Only whole digit runs count: a run of 10 or more digits is not a BSN (a BSN is written as 9
// digits, or 8 after a spreadsheet ate the leading zero, never inside a longer number), and a
// long number (a 10-digit phone number, an account number, a timestamp) has about one 9-digit
// window in eleven that passes the elfproef by chance: scrubbing windows would mangle most long
// numbers while a BSN is never written that way.

/** d1*9 + d2*8 + ... + d8*2 - d9*1 is divisible by 11 and not 0 (the SQL twin: macros.sql). */
export function passesElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum !== 0 && sum % 11 === 0;
}

export const BSN_REMOVED = '[BSN verwijderd]';

/** True when a whole digit run could be a BSN: 8 or 9 digits passing the elfproef after padding. */
export function couldBeBsn(run: string): boolean {
  return (run.length === 8 || run.length === 9) && passesElfproef(run.padStart(9, '0'));
}

/** The text with every digit run that could be a BSN replaced by `[BSN verwijderd]`. */
export function scrubBsn(text: string): string {
  return text.replace(/\d+/g, (run) => (couldBeBsn(run) ? BSN_REMOVED : run));
}
