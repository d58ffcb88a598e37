// The council's jaarverslag leerplicht (art. 25(1) Leerplichtwet): the annual count of each school
// year shown, in the order of the Leerplichttelling, with small numbers suppressed as on the council
// page. Also the Jaarverslag section of the printed report (report-view.js), drawn by the same code.

import { el } from '../lib/dom.js';
import { figureText } from '../lib/format.js';
import { countedLine, jaarTable, notCountedText } from './jaartelling-table.js';

const hiddenTitle = {
  klein: 'een aantal van 1 tot en met 4',
  afgeleid: 'verborgen om een klein aantal elders te beschermen (5 of meer)',
  weggelaten: 'een klein aantal, ook zonder <5 verborgen',
};

/**
 * @param {HTMLElement} main
 * @param {import('../api-types.js').Jaarverslag} data
 * @param {{ heading?: string }} [options]
 */
export function renderJaarverslag(main, data, { heading = 'Jaarverslag leerplicht' } = {}) {
  const section = el('section', { class: 'block jaarverslag', id: 'jaarverslag' },
    el('h2', {}, heading),
    el('p', { class: 'section-intro' }, 'Hoeveel verschillende jongeren in een schooljaar (1 augustus tot en met 31 juli) niet of te weinig naar school gingen, per onderwijssoort, zoals de gemeente ze jaarlijks aan de raad en aan DUO (de Leerplichttelling) meldt. Een jongere telt één keer per regel, ook als het vaker gebeurde.'),
  );
  main.append(section);
  for (const year of data.jaren) section.append(yearBlock(year));
  section.append(explanation(data.kleinTot));
}

/**
 * @param {import('../api-types.js').Jaarverslag['jaren'][number]} year
 */
function yearBlock(year) {
  const block = el('div', { class: 'table-card', 'data-schooljaar': year.schooljaar }, el('h3', {}, `Schooljaar ${year.schooljaar}`));
  if (!year.geteld) {
    block.append(el('p', { class: 'empty' }, notCountedText(year.schooljaar)));
    return block;
  }
  block.append(
    el('p', { class: 'meta' }, countedLine(year)),
    jaarTable(year, {
      caption: `Jaarverslag ${year.schooljaar}: unieke jongeren per onderwijssoort`,
      cell: (line, soort) => {
        const figure = line.cijfers[soort];
        if (figure.aantal === null) {
          return figure.verborgen ? el('span', { class: `verborgen ${figure.verborgen}`, title: hiddenTitle[figure.verborgen] }, figure.label) : figure.label;
        }
        return line.rate ? figure.label : figureText(figure);
      },
    }),
  );
  return block;
}

/**
 * @param {number} upTo
 */
function explanation(upTo) {
  return el('div', { class: 'explain' },
    el('ul', {},
      el('li', {}, el('strong', {}, `<${upTo + 1}: `), `een aantal van 1 tot en met ${upTo}, niet precies getoond om herkenbaarheid te voorkomen. Nul is nul.`),
      el('li', {}, el('strong', {}, '×: '), 'niet getoond, omdat het samen met de andere cijfers van de tabel een klein aantal zou verraden; het is 5 of meer.'),
      el('li', {}, el('strong', {}, '*: '), 'een klein aantal dat ook niet als <5 getoond wordt, omdat het samen met de andere <5-cijfers precies te herleiden zou zijn.'),
      el('li', {}, el('strong', {}, '–: '), 'niet geteld, of een cijfer per 1.000 dat niet getoond wordt: per onderwijssoort nooit, en in totaal alleen naast een getoond aantal (wie weet hoeveel jongeren er zijn, kan uit het cijfer per 1.000 het aantal terugrekenen).'),
      el('li', {}, el('strong', {}, 'Onderwijssoort: '), 'die van de school waar de jongere ingeschreven stond toen het gebeurde, of het laatst daarvoor. Primair onderwijs telt het speciaal basisonderwijs mee; (voortgezet) speciaal onderwijs is het speciaal en het voortgezet speciaal onderwijs samen. Onbekend: ingeschreven op een school die niet in de scholenlijst van de monitor staat. Geen onderwijs: nooit ingeschreven geweest.'),
      el('li', {}, el('strong', {}, 'Per 1.000: '), 'per 1.000 leerplichtige jongeren in de gemeente op 1 oktober, zoals de BBV-indicatoren.'),
    ),
  );
}
