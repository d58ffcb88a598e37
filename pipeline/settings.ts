// Every threshold of the classification rules, in one place, with the spec's default.
// spec/classification.md: "every threshold below is a named, documented setting with this
// default; a change of default is a visible decision, not a refactor". A monitor run stores the
// settings it used (monitor_runs.settings).

export interface Settings {
  /** §1 Scheduled hours on a school day when a school has no uren_per_dag. Default 5.0. */
  defaultHoursPerDay: number;
  /** §1 W4: the last N school days on or before D. Default 20. */
  w4SchoolDays: number;
  /** §1 W12: the last N school days on or before D. Default 60. */
  w12SchoolDays: number;
  /** §3.2 Absoluut verzuim of at most this many calendar days is fase 2 (kort). Default 28. */
  absoluutVerzuimShortDays: number;
  /** §3.2/§3.3 "More than three months": start before D minus this many calendar months. Default 3. */
  longAbsenceMonths: number;
  /** §3.3 A streak of more than this many school days is fase 3. Default 20. */
  streakSchoolDays: number;
  /** §3.3 Share of the streak's hours that must be ongeoorloofd/onbekend to be official. Default 0.5. */
  officialUnauthorisedShare: number;
  /** §3.4 verzuim_16u: ongeoorloofd + onbekend hours in W4 at or above this. Default 16. */
  unauthorisedHoursW4: number;
  /** §3.4 aanwezigheid_laag: absent share of scheduled hours in W4 above this. Default 0.20. */
  absentShareW4: number;
  /** §3.4 ziek_frequent: at least this many sick spells starting within W12. Default 4. */
  sickSpellsW12: number;
  /** §3.4 ziek_lang: a sick spell of more than this many school days overlapping W4. Default 6. */
  longSickSpellDays: number;
  /** §2 Almost leerplichtig: within this many months before leerplicht_start. Default 3. */
  almostLeerplichtigMonths: number;
  /** Public pages: counts from 1 up to this value are shown as "<5". Default 4. */
  suppressUpTo: number;
  /**
   * Monitor, persistent absence ("≥ 10% gemist", the UK's persistent absence): a pupil counts when
   * absent hours are at least this share of the scheduled hours of the school year so far. Default 0.10.
   */
  persistentAbsenceShare: number;
  /** Monitor, severe absence ("≥ 50% gemist", the UK's severe absence): likewise. Default 0.50. */
  severeAbsenceShare: number;
}

export const defaultSettings: Readonly<Settings> = Object.freeze({
  defaultHoursPerDay: 5.0,
  w4SchoolDays: 20,
  w12SchoolDays: 60,
  absoluutVerzuimShortDays: 28,
  longAbsenceMonths: 3,
  streakSchoolDays: 20,
  officialUnauthorisedShare: 0.5,
  unauthorisedHoursW4: 16,
  absentShareW4: 0.2,
  sickSpellsW12: 4,
  longSickSpellDays: 6,
  almostLeerplichtigMonths: 3,
  suppressUpTo: 4,
  persistentAbsenceShare: 0.1,
  severeAbsenceShare: 0.5,
});

/** The defaults with the given overrides; unknown keys are a programming error. */
export function resolveSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings, ...overrides };
}

/**
 * The annual count's batches (`tzm jaartelling`, pipeline/jaartelling/count.ts): a work size, not a
 * rule, so kept apart from Settings. The count is the same for any batch size.
 */
export const jaartellingLimits = Object.freeze({
  /**
   * At most this many youths are counted at once: each batch's school days, breakpoints and day
   * states are worked out and dropped before the next, so memory follows the batch, not the
   * country. A municipality (50,000) is one batch. Default 250,000.
   */
  youthsPerBatch: 250_000,
});

/** The dashboard server's limits (`tzm serve`); not classification rules, so kept apart from Settings. */
export interface ServerSettings {
  /** Failed logins per username before each attempt must wait. Default 5. */
  loginFreeFailuresPerUser: number;
  /** Failed logins per client address (an office may share one) before each attempt must wait. Default 30. */
  loginFreeFailuresPerAddress: number;
  /** One failure is forgotten per this many minutes (counts fade one by one). Default 15. */
  loginForgetFailureMinutes: number;
  /** The first wait once the free failures are used; it doubles after each further failure. Default 1. */
  loginFirstWaitSeconds: number;
  /** The longest wait. Default 15. */
  loginMaxWaitMinutes: number;
  /** Proxies whose X-Forwarded-For is believed (`tzm serve --trusted-proxy`). Default none. */
  trustedProxies: string[];
  /** Host names the server answers to (DNS rebinding); loopback always. `tzm serve --allowed-host`. Default none. */
  allowedHosts: string[];
}

export const defaultServerSettings: Readonly<ServerSettings> = Object.freeze({
  loginFreeFailuresPerUser: 5,
  loginFreeFailuresPerAddress: 30,
  loginForgetFailureMinutes: 15,
  loginFirstWaitSeconds: 1,
  loginMaxWaitMinutes: 15,
  trustedProxies: [],
  allowedHosts: [],
});

/**
 * Limits of what `tzm ingest` accepts (spec/inputs.md "Bad input" and "Privacy"; the spec sets no
 * number, these are ours, README "Regels").
 */
export const ingestLimits = Object.freeze({
  /** Identifiers (leerling_id, verzuimcode, soort) longer than this many characters are refused. Default 64. */
  maxIdentifierLength: 64,
  /** A quoted field still open after this many characters makes the file broken (refused). Default 1 MiB. */
  maxQuotedFieldChars: 1024 * 1024,
  /** A line longer than this many characters is quarantined as a whole, unread. Default 1 MiB. */
  maxLineChars: 1024 * 1024,
  /**
   * Files of one layout are read and checked together up to this many bytes (not a spec
   * threshold: speed only; a file larger than this is read alone). Default 512 MiB: the memory
   * limit bounds a batch as it does a file, and at region scale 512 MiB batches took 12% less
   * time than 64 MiB ones (BENCHMARKS.md).
   */
  batchBytes: 512 * 1024 * 1024,
});
