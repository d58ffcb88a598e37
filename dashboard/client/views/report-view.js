// The printed council report: the stamp of what the figures rest on, then the council page.

import { stampLine } from '../lib/stamp.js';
import { renderRaad } from './raad-view.js';

export function renderReport(main, data) {
  const stamp = stampLine(data.stand);
  if (stamp) main.append(stamp);
  renderRaad(main, data);
}
