import { startPage } from '../lib/start-page.js';
import { renderRaad } from '../views/raad-view.js';

startPage({ url: (maand) => `/api/public/raad${maand ? `?maand=${encodeURIComponent(maand)}` : ''}`, render: renderRaad });
