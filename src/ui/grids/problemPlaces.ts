// Where a problem is, in the users' words, whichever tab is open: the tab,
// then the place its grids give it ('Services › Service "Home care", Unit
// cost'), for the list of problems at the top of the page.
import type { ScenarioDraft } from '../store/draft';
import { fieldOf } from './detailsFields';
import { pathInWords } from './pathWords';
import { bestFind } from './problemTargets';
import { indexCells, locateProblem, type Sheet } from './sheet';
import { budgetsSheet, capacityChangesSheet, capacitySheet, deflectionsSheet, envelopeSheet, investmentsSheet, levelSharesSheet, partnersSheet, populationSheet, rebalancingSheet, servicesSheet, variantsSheet } from './sheets';
import { placeOfPath, tabLabel, tabOfProblem, type TabId } from './tabs';

/** The grids each tab shows (tabContents.tsx); the details tab is a form (detailsFields.ts). */
const TAB_SHEETS: Record<TabId, ReadonlyArray<(draft: ScenarioDraft) => Sheet>> = {
  details: [],
  population: [populationSheet, variantsSheet],
  services: [servicesSheet],
  capacity: [capacitySheet, capacityChangesSheet],
  rebalancing: [rebalancingSheet],
  investments: [investmentsSheet, deflectionsSheet],
  partners: [partnersSheet, budgetsSheet],
  envelope: [envelopeSheet, levelSharesSheet],
};

/** A place no grid cell, row or field names: the part of the scenario it is ("The pool shares"), else its path in words. */
function partOfScenario(draft: ScenarioDraft, path: string): string {
  const part = placeOfPath(path);
  return part === path ? pathInWords(path, draft) : part;
}

/** 'Services › Service "Home care", Unit cost'; a place on no tab (the whole file, an uncertainty range) by itself. */
export function problemPlace(draft: ScenarioDraft, path: string): string {
  const tab = tabOfProblem(path);
  const sheets = TAB_SHEETS[tab].map((sheetOf) => {
    const sheet = sheetOf(draft);
    return { find: (problemPath: string) => locateProblem(sheet, indexCells(sheet), problemPath) };
  });
  const place = bestFind(sheets, path)?.place ?? fieldOf(path)?.label ?? partOfScenario(draft, path);
  const onTab = tab !== 'details' || path.startsWith('meta/');
  return onTab ? `${tabLabel(tab)} › ${place}` : place;
}
