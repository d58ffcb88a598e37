// The printed report's entry: the data is inlined in the file, so it opens offline.
import { renderRaad } from '../views/raad-view.js';

const data = JSON.parse(document.getElementById('rapportdata').textContent);
renderRaad(document.getElementById('inhoud'), data);
document.body.dataset.geladen = 'ja';
