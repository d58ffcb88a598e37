import { startPage } from '../lib/start-page.js';
import { renderJaarverslag } from '../views/jaarverslag-view.js';

// ?schooljaar=2024-2025 shows that year and the one before; default the running year
const schooljaar = new URLSearchParams(window.location.search).get('schooljaar');
startPage({ url: () => `/api/public/jaarverslag${schooljaar ? `?schooljaar=${encodeURIComponent(schooljaar)}` : ''}`, render: renderJaarverslag });
