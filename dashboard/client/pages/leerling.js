import { startPage } from '../lib/start-page.js';
import { renderLeerling } from '../views/leerling-view.js';

const [, , brin, , id] = window.location.pathname.split('/');
startPage({
  url: (maand) => `/api/school/${encodeURIComponent(brin)}/leerling/${encodeURIComponent(decodeURIComponent(id))}${maand ? `?maand=${encodeURIComponent(maand)}` : ''}`,
  render: renderLeerling,
});
