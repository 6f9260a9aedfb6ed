import { BarController } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { workOutBarAxesOncePerUpdate } from '../../../src/ui/charts/barAxesOnce';

/** A stand-in for Chart.js's bar controller that counts how often it works out its axes. */
class CountingBars {
  workedOut = 0;
  seen: string[][] = [];
  _getAxis(): string[] {
    this.workedOut += 1;
    return ['x'];
  }
  update(): void {
    for (let bar = 0; bar < 180; bar++) this.seen.push(this._getAxis());
  }
}

describe('working out the bar axes once per update', () => {
  it('finds in Chart.js the bar controller parts it changes', () => {
    const bars = BarController.prototype as unknown as Record<string, unknown>;
    expect(typeof bars._getAxis).toBe('function');
    expect(typeof bars.update).toBe('function');
  });

  it('works the axes out once for a whole update, the same axes, and afresh outside one', () => {
    workOutBarAxesOncePerUpdate(CountingBars as unknown as typeof BarController);
    const bars = new CountingBars();
    bars.update();
    expect(bars.workedOut).toBe(1);
    expect(bars.seen.every((axes) => axes.length === 1 && axes[0] === 'x')).toBe(true);
    bars.update();
    expect(bars.workedOut).toBe(2);
    bars._getAxis();
    expect(bars.workedOut).toBe(3);
  });
});
