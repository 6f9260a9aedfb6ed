// What the grids share with the rest of the app about cells: which input the
// user has selected (the uncertainty panel ranges it) and which inputs carry
// a range (marked on their cells).
import { createContext, useContext } from 'solid-js';

export interface CellLinks {
  /** The JSON path of the selected input cell, or null. */
  onSelectPath: (path: string | null) => void;
  /** Paths of the inputs that have an uncertainty range. */
  rangedPaths: () => ReadonlySet<string>;
}

const none: CellLinks = { onSelectPath: () => {}, rangedPaths: () => new Set() };

export const CellLinksContext = createContext<CellLinks>(none);

export const useCellLinks = (): CellLinks => useContext(CellLinksContext);
