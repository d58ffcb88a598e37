// One palette for every page and the report, so a colour means the same thing everywhere.
// The colours shown together stay apart for people with a red, green or blue colour-vision
// deficiency too (tests/dashboard/client/lib/colors.test.ts simulates them).

export const colors = {
  officieel: '#c8412d',
  officieel_4w: '#ee8a6f',
  officieel_3m: '#a02c1c',
  langdurig_ziek: '#4e7fd8',
  langdurig_geoorloofd: '#6a3d9a',
  absoluut_kort: '#e3a21a',
  bijna_leerplichtig: '#3f9f84',
  dreigend: '#e3a21a',
  verborgen: '#c9ced6',
  vrijstellingen: '#6b7785',
  vrijstellingen_5a: '#3b4a5c',
  zonder_aanbod: '#01665e',
  schoolmissers: '#2d3a4a',
  pad: '#6b7785',
  fase1: '#8cc9a8',
  fase2: '#f0b43c',
  fase3: '#d9553b',
  fase3_niet: '#6a3d9a',
  ziek: '#4e7fd8',
  geoorloofd: '#6a3d9a',
  ongeoorloofd: '#d9553b',
  onbekend: '#f08c2e',
  // the pupil calendar: present green, holidays mid grey, weekends light grey, not enrolled
  // pale yellow, after the peildatum white with a border: no two swatches look alike
  aanwezig: '#a9d8b8',
  vakantie: '#b9c0ca',
  weekend: '#e6e9ee',
  niet_ingeschreven: '#fdf2c9',
  toekomst: '#ffffff',
  kalender_rand: '#c3cad3',
  school: '#1f6f8b',
  gemeente: '#9aa5b1',
  // the charts' furniture: text and rules in the pages' ink (style.css --ink), softer text for
  // notes and labels, the count of a hidden figure, the flow matrix's "stayed" cells, text on a
  // coloured bar, the paper under a hollow dot, and the thin border of a legend swatch
  ink: '#1d2733',
  ink_muted: '#5b6775',
  ink_label: '#4a5562',
  hidden_text: '#6b7785',
  unchanged: '#eef1f4',
  on_colour: 'white',
  paper: 'white',
  swatch_border: 'rgba(29, 39, 51, .18)',
};
