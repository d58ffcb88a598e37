// The articles of the Leerplichtwet an exemption (vrijstelling) rests on (inputs.md, classification.md
// §3), in the order of the Leerplichttelling, each with its Dutch name. One list for the analysts'
// breakdown (labels.js) and the lines of the annual count (dashboard/data/jaartelling-lines.ts, which
// the jaarverslag, the report and the CSV print), so an article reads the same everywhere.

/** [artikel, naam]: a list, not an object, because an object would put "15" first. */
export const artikelen = [
  ['5a', 'lichamelijk of psychisch'],
  ['5b', 'richting van de scholen'],
  ['5c', 'school buiten Nederland'],
  ['15', 'vervangende leerplicht'],
  ['3a', 'vervroegd einde'],
];

