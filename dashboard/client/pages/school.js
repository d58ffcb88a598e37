import { startPage } from '../lib/start-page.js';
import { renderSchool } from '../views/school-view.js';

// The BRIN is taken from the address; the server checks that this user may see it.
const brin = window.location.pathname.split('/')[2];
startPage({ url: (maand) => `/api/school/${encodeURIComponent(brin)}/overzicht${maand ? `?maand=${encodeURIComponent(maand)}` : ''}`, render: renderSchool });
