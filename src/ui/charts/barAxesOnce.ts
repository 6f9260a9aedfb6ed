// Chart.js 4.6's bar controller works out which axes its chart's datasets
// use (`_getAxis`) two or three times for every bar it places. With 180 bars,
// that was about 1 ms of the 5 to 6 ms of each update of the spend-by-level
// chart, in the page's task that draws an edit's answer. The axes cannot
// change while one dataset's bars are placed, so they are worked out once per
// update.
import type { BarController, UpdateMode } from 'chart.js';

/** The parts of Chart.js's bar controller this changes (not in its types; test/ui/charts/barAxesOnce.test.ts checks they are there). */
interface BarPlacing {
  _getAxis(): string[];
  update(mode: UpdateMode): void;
  /** The axes worked out at the start of the update under way. */
  axesThisUpdate?: string[];
}

export function workOutBarAxesOncePerUpdate(controller: typeof BarController): void {
  const bars = controller.prototype as unknown as BarPlacing;
  const { _getAxis: workOutAxes, update: placeBars } = bars;
  bars.update = function (this: BarPlacing, mode) {
    this.axesThisUpdate = workOutAxes.call(this);
    try {
      placeBars.call(this, mode);
    } finally {
      this.axesThisUpdate = undefined;
    }
  };
  bars._getAxis = function (this: BarPlacing) {
    return this.axesThisUpdate ?? workOutAxes.call(this);
  };
}
