// Plot and d3 are loaded as UMD bundles (dashboard/vendor.ts, data-page.html) and used as globals;
// their types come from the packages the bundles are built from.

import type * as PlotModule from '@observablehq/plot';
import type * as d3Module from 'd3';

declare global {
  const Plot: typeof PlotModule;
  const d3: typeof d3Module;
}
