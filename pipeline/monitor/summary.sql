-- reads: monitor_figures
-- What `tzm monitor` prints per month: the headline counts of classification.md §6, read by id
-- from the published figures (figures.sql), under the summary's own column names.
-- Parameters: $from, $to (YYYY-MM).

SELECT maand,
  strftime(any_value(peildatum), '%Y-%m-%d') AS peildatum,
  any_value(waarde) FILTER (figuur = 'jongeren') AS in_beeld,
  any_value(waarde) FILTER (figuur = 'fase1') AS fase_1,
  any_value(waarde) FILTER (figuur = 'fase2') AS fase_2,
  any_value(waarde) FILTER (figuur = 'fase3') AS fase_3,
  any_value(waarde) FILTER (figuur = 'officieel') AS fase_3_officieel,
  any_value(waarde) FILTER (figuur = 'fase3_3m') AS fase_3_langer_dan_3m,
  any_value(waarde) FILTER (figuur = 'zonder_aanbod_3m') AS fase_3_langer_dan_3m_zonder_aanbod,
  any_value(waarde) FILTER (figuur = 'absoluut_verzuim') AS absoluut_verzuim,
  any_value(waarde) FILTER (figuur = 'vrijstellingen') AS vrijgesteld,
  any_value(waarde) FILTER (figuur = 'vrijstellingen_5a') AS vrijgesteld_5a,
  any_value(waarde) FILTER (figuur = 'bijna_leerplichtig') AS bijna_leerplichtig
FROM monitor_figures
WHERE maand BETWEEN $from AND $to
GROUP BY maand
ORDER BY maand;
