// The columns of a classification, defined once. `tzm classify` writes the §5 fields, the table
// `classifications` (pipeline/db/results.sql) stores them with the dashboard fields, and the
// analyst's download takes its columns from here. The SQL that must spell them (results.sql,
// peildatum/classification.sql, export-classifications.sql) is held equal to these lists by
// tests/classify/classification-fields.test.ts.

/** classification.md §5: the fields of one classified youth, in the spec's order. */
export const classificationFields = [
  'leerling_id', 'peildatum', 'categorie', 'fase', 'duur', 'officieel', 'passend_aanbod', 'signalen',
  'artikel', 'streak_start', 'streak_dagen', 'aanwezigheid_w4', 'ongeoorloofd_uren_w4', 'brin', 'sector',
  'kwalificatieplichtig', 'te_laat_w4', 'reden',
] as const;

/** Stored beside them for the dashboards' breakdowns (never on public pages). */
export const dashboardFields = ['vestiging', 'leeftijd', 'traject_soort'] as const;

/** Every column of a stored classification: §5, then the dashboard fields. */
export const storedFields = [...classificationFields, ...dashboardFields] as const;

/** §5 fields that are dates: written as YYYY-MM-DD. */
export const dateFields: readonly string[] = ['peildatum', 'streak_start'];
