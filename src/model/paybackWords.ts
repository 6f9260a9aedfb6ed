// Payback in words (MODEL.md §6): wherever payback is shown, a payback that
// is lost later must say so, so a board never reads it as a success. One
// wording for the CLI and the app.
import { financialYear } from './financialYear';
import { formatMoney } from './inputNames';
import { PAID_BACK } from './kernel/paidBack';

/** The two payback fields of §6, as results and variants carry them. */
export interface PaybackYears {
  paybackYear: number | null;
  firstBreakEvenYear: number | null;
}

export interface PaybackSummary extends PaybackYears {
  cumulativeNetSaving: readonly number[];
}

export interface PaybackWords {
  /** Short, for a tile or a table cell: "Pays back in 2027/28", "Breaks even in 2026/27, back in deficit from 2028/29". */
  headline: string;
  /** In full, with the cumulative net saving at the horizon. */
  sentence: string;
}

/** The first break-even year when it was later lost (no payback that lasts, or one only from a later year); else null. */
export function lostBreakEvenYear({ paybackYear, firstBreakEvenYear }: PaybackYears): number | null {
  return firstBreakEvenYear !== null && (paybackYear === null || paybackYear > firstBreakEvenYear) ? firstBreakEvenYear : null;
}

/** For a table cell when only the two years are known (a variant's run): "2027/28", "none (broke even in 2026/27, then back in deficit)". */
export function paybackCell(years: PaybackYears): string {
  const { paybackYear } = years;
  const lost = lostBreakEvenYear(years);
  if (lost === null) return paybackYear === null ? 'none' : financialYear(paybackYear);
  const brokeEven = `broke even in ${financialYear(lost)}, then back in deficit`;
  return paybackYear === null ? `none (${brokeEven})` : `${financialYear(paybackYear)} (${brokeEven})`;
}

/** The first year after the first break-even whose cumulative net saving is below 0 (rounding as §6 does). */
function backInDeficitYear(summary: PaybackSummary, years: readonly number[], brokeEvenYear: number): number {
  const from = years.indexOf(brokeEvenYear);
  const t = summary.cumulativeNetSaving.findIndex((cumulative, i) => i > from && !(cumulative > PAID_BACK));
  return years[t];
}

/**
 * Payback as a headline and a sentence: "Breaks even in 2012/13, back in
 * deficit from 2017/18" and "Breaks even in 2012/13 but is back in deficit
 * from 2017/18: −£300m by 2025/26."
 */
export function describePayback(summary: PaybackSummary, years: readonly number[]): PaybackWords {
  const H = years.length - 1;
  const horizon = financialYear(years[H]);
  const byHorizon = `${formatMoney(summary.cumulativeNetSaving[H])} by ${horizon}`;
  const { paybackYear } = summary;
  const lost = lostBreakEvenYear(summary);
  if (lost !== null) {
    const brokeEven = financialYear(lost);
    const deficit = financialYear(backInDeficitYear(summary, years, lost));
    const headline = `Breaks even in ${brokeEven}, back in deficit from ${deficit}`;
    const after = paybackYear === null ? `: ${byHorizon}` : `; pays back for good in ${financialYear(paybackYear)}, ${byHorizon}`;
    return { headline, sentence: `Breaks even in ${brokeEven} but is back in deficit from ${deficit}${after}.` };
  }
  if (paybackYear === null) {
    return { headline: `Does not pay back by ${horizon}`, sentence: `Does not pay back by ${horizon}: cumulative net saving ${byHorizon}.` };
  }
  const year = financialYear(paybackYear);
  return { headline: `Pays back in ${year}`, sentence: `Pays back in ${year} and stays paid back: cumulative net saving ${byHorizon}.` };
}
