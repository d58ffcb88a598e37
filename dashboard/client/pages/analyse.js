import { startPage } from '../lib/start-page.js';
import { renderAnalyse } from '../views/analyse-view.js';

startPage({ url: (maand) => `/api/analyse/overzicht${maand ? `?maand=${encodeURIComponent(maand)}` : ''}`, render: renderAnalyse });
