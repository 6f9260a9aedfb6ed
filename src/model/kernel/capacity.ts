// MODEL.md §14: capacity each year from its base and dated changes, and the
// capital that opening units costs. Supply gaps are activity − capacity, read
// straight from the run when results are built. Capital is not revenue spend:
// nothing here touches totals, levels, partners or the waterfall.
import type { CompiledModel } from './compile';
import type { ModelRun } from './evaluate';

export function projectCapacity(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  const { capacity, capital, capitalTotal } = run;
  capitalTotal.fill(0);
  for (let s = 0; s < m.serviceIds.length; s++) {
    if (m.hasCapacity[s] !== 1) continue;
    const row = s * T;
    for (let t = 0; t < T; t++) {
      // A change dated in or before the base year is part of year 0.
      let units = m.capacityBase[s];
      const year = m.baseYear + t;
      for (let c = m.capacityChangeStart[s]; c < m.capacityChangeStart[s + 1]; c++) {
        if (m.capacityChangeYear[c] <= year) units += m.capacityChangeUnits[c];
      }
      capacity[row + t] = units;
      // Charged on the net rise from one year to the next, at base-year prices.
      const opened = t === 0 ? 0 : m.capitalCostPerUnit[s] * Math.max(0, units - capacity[row + t - 1]);
      capital[row + t] = opened;
      capitalTotal[t] += opened;
    }
  }
}
