// Population variants side by side (MODEL.md §17, summary.variants): under
// each projection, the principal first, the NPV, the cumulative net saving
// and total spend at the horizon, and the payback year worded truthfully
// (§6: a payback later lost says so), with the projection the scenario runs
// on marked.
import { formatPounds, formatPoundsShort } from '../../format/money';
import { financialYear, lostBreakEvenYear, paybackCell, PRINCIPAL_VARIANT as PRINCIPAL, type PaybackYears, type Results, type Scenario, type VariantSummary } from '../../model';
import { horizonIndex, yearLabels, type DataTable } from './chartData';
import { moneyUnitFor, type MoneyUnit } from './moneyAxis';

export interface ProjectionFigures extends VariantSummary {
  id: string;
  /** "Principal projection", "low", "high". */
  label: string;
  /** The projection the scenario runs on (meta.populationVariant; the principal when it is absent). */
  chosen: boolean;
  /** "Still pays back under the high projection (2031/32)", "Does not pay back under the low projection by 2040/41". */
  verdict: string;
  /** It does not pay back, or breaks even and falls back into deficit before it does: a board should look twice. */
  paybackAtRisk: boolean;
}

export interface VariantsData {
  year: string;
  projections: ProjectionFigures[];
  unit: MoneyUnit;
  table: DataTable;
  summary: string;
}

/** The text "the scenario runs on this one" marks the chosen projection with. */
export const CHOSEN_MARK = 'the scenario runs on this one';

const projectionLabel = (id: string) => (id === PRINCIPAL ? 'Principal projection' : id);
const projectionName = (id: string) => (id === PRINCIPAL ? 'the principal projection' : `the ${id} projection`);

/**
 * Payback under one projection in words, from its two payback years; `still`
 * when the projection the scenario runs on pays back too. A break-even later
 * lost is said (MODEL.md §6), never shown as a payback.
 */
export function describeProjectionPayback(years: PaybackYears, name: string, horizon: string, still: boolean): string {
  const lost = lostBreakEvenYear(years);
  const { paybackYear } = years;
  if (lost !== null) {
    const brokeEven = financialYear(lost);
    return paybackYear === null
      ? `Does not pay back under ${name}: it breaks even in ${brokeEven}, then is back in deficit`
      : `Pays back for good under ${name} only in ${financialYear(paybackYear)}: it breaks even in ${brokeEven} first, then is back in deficit`;
  }
  if (paybackYear === null) return `Does not pay back under ${name} by ${horizon}`;
  return `${still ? 'Still pays' : 'Pays'} back under ${name} (${financialYear(paybackYear)})`;
}

/** Null when no age band has a variant. */
export function variantsData(results: Results, scenario: Scenario): VariantsData | null {
  const variants = results.summary.variants;
  if (!variants) return null;
  const year = yearLabels(results)[horizonIndex(results)];
  const chosenId = scenario.meta.populationVariant ?? PRINCIPAL;
  const chosenPaysBack = variants[chosenId]?.paybackYear != null;
  const ids = [PRINCIPAL, ...Object.keys(variants).filter((id) => id !== PRINCIPAL)];
  const projections = ids.map((id): ProjectionFigures => {
    const chosen = id === chosenId;
    return {
      ...variants[id],
      id,
      label: projectionLabel(id),
      chosen,
      verdict: describeProjectionPayback(variants[id], projectionName(id), year, chosenPaysBack && !chosen),
      paybackAtRisk: variants[id].paybackYear === null || lostBreakEvenYear(variants[id]) !== null,
    };
  });
  const table: DataTable = {
    caption: `The scenario under each population projection, to ${year}`,
    columns: ['Projection', 'Net present value', `Cumulative net saving to ${year}`, `Total spend in ${year}`, 'Payback year'],
    rows: projections.map((p) => ({
      header: p.chosen ? `${p.label} (${CHOSEN_MARK})` : p.label,
      cells: [formatPounds(p.npv), formatPounds(p.cumulativeNetSaving), formatPounds(p.scenarioTotal), paybackCell(p)],
    })),
  };
  const summary =
    `The scenario under each population projection, to ${year}: ` +
    projections.map((p) => `${p.label}, NPV ${formatPoundsShort(p.npv)}, cumulative net saving ${formatPoundsShort(p.cumulativeNetSaving)}`).join('; ') +
    '. ' +
    projections.map((p) => `${p.verdict}.`).join(' ');
  return { year, projections, unit: moneyUnitFor(projections.flatMap((p) => [p.npv, p.cumulativeNetSaving])), table, summary };
}
