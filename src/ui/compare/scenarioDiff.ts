// How two scenarios' inputs differ, one line each in plain words, for the
// compare view and the import preview: "Reablement expansion: amount a year:
// £3,000,000 → £4,500,000". Age bands, partners and services are matched by
// id, investments by name and rebalancing rules by the services they move
// between, so a reordered list is no difference. Series are compared year by
// year on the calendar, so scenarios starting in different years line up.
import { formatPercent, formatPounds } from '../../format/money';
import { financialYear, PRINCIPAL_VARIANT, profileWords, projectionName, settingWords } from '../../model';
import { formatInputValue, inputLabel } from '../../model';
import type { Capacity, Investment, RebalancingRule, Scenario, Service } from '../../model';
import { pairUp } from './pairUp';

export interface InputDifference {
  /** The JSON path in the second scenario, or in the first for something removed. */
  path: string;
  text: string;
}

/** At most this many years of one series are listed one by one; more are summed up in one line. */
const YEARS_LISTED = 3;

const MONEY_FIELDS = new Set(['unitCost', 'amount', 'capitalCostPerUnit']);

/** A value in its input's own terms, money always in full pounds: a difference of £40,000 must not read "£1.23m → £1.27m". */
function valueText(path: string, value: number): string {
  const parts = path.split('/');
  const money = MONEY_FIELDS.has(parts[parts.length - 1]) || parts[0] === 'envelope' || parts[2] === 'budget';
  return money ? formatPounds(value) : formatInputValue(path, value);
}

const quoted = (text: string | undefined) => (text === undefined || text === '' ? '(none)' : `“${text}”`);
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** The lines being collected, with the two scenarios they compare. */
class Differences {
  readonly lines: InputDifference[] = [];
  constructor(
    readonly a: Scenario,
    readonly b: Scenario,
  ) {}

  add(path: string, text: string): void {
    this.lines.push({ path, text });
  }

  /** A numeric input named as inputLabel names it in the second scenario. */
  number(path: string, before: number, after: number): void {
    if (before !== after) this.add(path, `${inputLabel(this.b, path)}: ${valueText(path, before)} → ${valueText(path, after)}`);
  }

  text(path: string, label: string, before: string | undefined, after: string | undefined): void {
    if ((before ?? '') !== (after ?? '')) this.add(path, `${label}: ${quoted(before)} → ${quoted(after)}`);
  }

  /** A yearly series (population, envelope), aligned by calendar year; `pathOf(t)` is year t's path in the second scenario. */
  series(label: string, before: readonly number[], after: readonly number[], pathOf: (t: number) => string): void {
    const shift = this.b.meta.baseYear - this.a.meta.baseYear;
    const common = after.map((_, t) => t).filter((t) => t + shift >= 0 && t + shift < before.length);
    const differing = common.filter((t) => before[t + shift] !== after[t]);
    if (differing.length === 0) return;
    if (differing.length <= YEARS_LISTED) {
      for (const t of differing) this.number(pathOf(t), before[t + shift], after[t]);
      return;
    }
    const at = (t: number) => `${financialYear(this.b.meta.baseYear + t)} (${valueText(pathOf(t), before[t + shift])} → ${valueText(pathOf(t), after[t])})`;
    const [first, last] = [differing[0], differing[differing.length - 1]];
    this.add(pathOf(first), `${label}: differs in ${differing.length} of ${common.length} years, from ${at(first)} to ${at(last)}`);
  }
}

const serviceName = (scenario: Scenario, id: string) => scenario.services.find((s) => s.id === id)?.name ?? id;
const partnerName = (scenario: Scenario, id: string) => scenario.partners.find((p) => p.id === id)?.name ?? id;

function diffMeta(d: Differences): void {
  const [a, b] = [d.a.meta, d.b.meta];
  if (a.baseYear !== b.baseYear) d.add('meta/baseYear', `First financial year: ${financialYear(a.baseYear)} → ${financialYear(b.baseYear)}`);
  if (a.horizonYears !== b.horizonYears) d.add('meta/horizonYears', `Years after the first: ${a.horizonYears} → ${b.horizonYears}`);
  d.number('meta/discountRate', a.discountRate, b.discountRate);
  const projection = (meta: Scenario['meta']) => projectionName(meta.populationVariant ?? PRINCIPAL_VARIANT);
  if (projection(a) !== projection(b)) d.add('meta/populationVariant', `Population projection in use: ${projection(a)} → ${projection(b)}`);
}

function diffAgeBands(d: Differences): void {
  const { a, b } = d;
  const { pairs, removed, added } = pairUp(a.ageBands, b.ageBands, (band) => band.id);
  for (const i of removed) d.add(`ageBands/${i}`, `Age band removed: ${a.ageBands[i].id}`);
  for (const j of added) d.add(`ageBands/${j}`, `Age band added: ${b.ageBands[j].id}`);
  for (const [i, j] of pairs) {
    const [before, after] = [a.ageBands[i], b.ageBands[j]];
    d.series(`Population aged ${after.id}`, before.population, after.population, (t) => `ageBands/${j}/population/${t}`);
    diffVariants(d, before, after, j);
    d.text(`ageBands/${j}/source`, `Population aged ${after.id}: source`, before.source, after.source);
  }
}

/** §17: a band's other projections, each by its id. */
function diffVariants(d: Differences, before: Scenario['ageBands'][number], after: Scenario['ageBands'][number], j: number): void {
  const [x, y] = [before.variants ?? {}, after.variants ?? {}];
  for (const id of new Set([...Object.keys(x), ...Object.keys(y)])) {
    const label = `Population aged ${after.id}, ${projectionName(id).toLowerCase()}`;
    if (x[id] && y[id]) d.series(label, x[id], y[id], (t) => `ageBands/${j}/variants/${id}/${t}`);
    else d.add(`ageBands/${j}/variants/${id}`, `${label}: ${y[id] ? 'added' : 'removed'}`);
  }
}

function diffPartners(d: Differences): void {
  const { a, b } = d;
  const { pairs, removed, added } = pairUp(a.partners, b.partners, (partner) => partner.id);
  for (const i of removed) d.add(`partners/${i}`, `Partner removed: ${a.partners[i].name}`);
  for (const j of added) d.add(`partners/${j}`, `Partner added: ${b.partners[j].name}`);
  for (const [i, j] of pairs) {
    const [before, after] = [a.partners[i], b.partners[j]];
    d.text(`partners/${j}/name`, 'Partner name', before.name, after.name);
    // §16: a budget compared year by year, or said to be set or taken away.
    if (before.budget && after.budget) d.series(`${after.name}: budget`, before.budget, after.budget, (t) => `partners/${j}/budget/${t}`);
    else if (before.budget || after.budget) d.add(`partners/${j}/budget`, `${after.name}: budget ${after.budget ? 'added' : 'removed'}`);
  }
}

/** "+4 in 2026/27, −2 in 2028/29": the units opened and closed. */
function changeWords(path: string, capacity: Capacity): string[] {
  return capacity.changes.map(
    (change, k) => `${change.units > 0 ? '+' : '−'}${formatInputValue(`${path}/capacity/changes/${k}/units`, Math.abs(change.units))} in ${financialYear(change.year)}`,
  );
}

/** "22 places, +4 in 2026/27, −2 in 2028/29, capital £50,000 a unit": a capacity in a line. */
function capacityWords(path: string, capacity: Capacity, unit: string): string {
  return [`${formatInputValue(`${path}/capacity/base`, capacity.base)} ${unit}`, ...changeWords(path, capacity), `capital ${formatPounds(capacity.capitalCostPerUnit)} a unit`].join(', ');
}

/** §14: a service's capacity, its base and cost figure by figure, its openings and closures as a whole. */
function diffCapacity(d: Differences, before: Service, after: Service, path: string): void {
  const [x, y] = [before.capacity, after.capacity];
  if (!x || !y) {
    if (x || y) d.add(`${path}/capacity`, `${after.name}: capacity ${y ? `added: ${capacityWords(path, y, after.unit)}` : 'removed'}`);
    return;
  }
  d.number(`${path}/capacity/base`, x.base, y.base);
  d.number(`${path}/capacity/capitalCostPerUnit`, x.capitalCostPerUnit, y.capitalCostPerUnit);
  const changes = (capacity: Capacity) => changeWords(path, capacity).join(', ') || 'none';
  if (changes(x) !== changes(y)) d.add(`${path}/capacity/changes`, `${after.name}: places opened and closed: ${changes(x)} → ${changes(y)}`);
  d.text(`${path}/capacity/source`, `${after.name}: capacity source`, x.source, y.source);
}

function diffService(d: Differences, before: Service, after: Service, j: number): void {
  const path = `services/${j}`;
  const name = after.name;
  d.text(`${path}/name`, 'Service name', before.name, after.name);
  if (before.level !== after.level) d.add(`${path}/level`, `${name}: level: ${before.level} → ${after.level}`);
  if (before.funder !== after.funder) {
    d.add(`${path}/funder`, `${name}: funded by: ${partnerName(d.a, before.funder)} → ${partnerName(d.b, after.funder)}`);
  }
  d.text(`${path}/unit`, `${name}: unit`, before.unit, after.unit);
  d.number(`${path}/unitCost`, before.unitCost, after.unitCost);
  d.number(`${path}/costGrowth`, before.costGrowth, after.costGrowth);
  for (const band of new Set([...Object.keys(before.baselineUsers), ...Object.keys(after.baselineUsers)])) {
    d.number(`${path}/baselineUsers/${band}`, before.baselineUsers[band] ?? 0, after.baselineUsers[band] ?? 0);
  }
  if (before.pooled !== after.pooled) d.add(`${path}/pooled`, `${name}: in the pooled budget: ${yesNo(before.pooled)} → ${yesNo(after.pooled)}`);
  if (before.setting !== after.setting) d.add(`${path}/setting`, `${name}: setting: ${settingWords(before.setting)} → ${settingWords(after.setting)}`);
  d.number(`${path}/unitsPerPerson`, before.unitsPerPerson, after.unitsPerPerson);
  diffCapacity(d, before, after, path);
  d.text(`${path}/source`, `${name}: source`, before.source, after.source);
}

function diffServices(d: Differences): void {
  const { a, b } = d;
  const { pairs, removed, added } = pairUp(a.services, b.services, (service) => service.id);
  for (const i of removed) d.add(`services/${i}`, `Service removed: ${a.services[i].name}`);
  for (const j of added) d.add(`services/${j}`, `Service added: ${b.services[j].name} (Level ${b.services[j].level})`);
  for (const [i, j] of pairs) diffService(d, a.services[i], b.services[j], j);
}

function ruleWords(scenario: Scenario, rule: RebalancingRule): string {
  return `move ${formatPercent(rule.share)} of ${serviceName(scenario, rule.from)} to ${serviceName(scenario, rule.to)} from ${financialYear(rule.startYear)}`;
}

function diffRebalancing(d: Differences): void {
  const { a, b } = d;
  const { pairs, removed, added } = pairUp(a.rebalancing, b.rebalancing, (rule) => `${rule.from}\u0000${rule.to}`);
  for (const i of removed) d.add(`rebalancing/${i}`, `Rebalancing removed: ${ruleWords(a, a.rebalancing[i])}`);
  for (const j of added) d.add(`rebalancing/${j}`, `Rebalancing added: ${ruleWords(b, b.rebalancing[j])}`);
  for (const [i, j] of pairs) {
    const [before, after] = [a.rebalancing[i], b.rebalancing[j]];
    for (const field of ['share', 'ratio', 'startYear', 'rampYears'] as const) d.number(`rebalancing/${j}/${field}`, before[field], after[field]);
    diffProfile(d, `rebalancing/${j}`, `Move from ${serviceName(b, after.from)} to ${serviceName(b, after.to)}`, before, after);
    d.text(`rebalancing/${j}/source`, `Move from ${serviceName(b, after.from)} to ${serviceName(b, after.to)}: source`, before.source, after.source);
  }
}

/** §15: how a rule or investment phases in. */
function diffProfile(d: Differences, path: string, name: string, before: { profile: string }, after: { profile: string }): void {
  if (before.profile !== after.profile) d.add(`${path}/profile`, `${name}: phase-in: ${profileWords(before.profile)} → ${profileWords(after.profile)}`);
}

/** §15: the last year an investment is bought; none means no end. */
function endWords(investment: Investment): string {
  return investment.endYear === undefined ? 'no end' : financialYear(investment.endYear);
}

function payerName(scenario: Scenario, investment: Investment): string {
  return investment.paidBy === undefined ? 'the funder of what it buys' : partnerName(scenario, investment.paidBy);
}

function diffDeflections(d: Differences, before: Investment, after: Investment, j: number): void {
  const { pairs, removed, added } = pairUp(before.deflects, after.deflects, (deflection) => deflection.service);
  for (const k of removed) d.add(`investments/${j}/deflects`, `${after.name}: no longer deflects ${serviceName(d.a, before.deflects[k].service)}`);
  for (const k of added) {
    const { service, rate } = after.deflects[k];
    d.add(`investments/${j}/deflects/${k}`, `${after.name}: now deflects ${serviceName(d.b, service)} (${formatInputValue('rate', rate)} avoided per unit bought)`);
  }
  for (const [i, k] of pairs) d.number(`investments/${j}/deflects/${k}/rate`, before.deflects[i].rate, after.deflects[k].rate);
}

function diffInvestments(d: Differences): void {
  const { a, b } = d;
  const { pairs, removed, added } = pairUp(a.investments, b.investments, (investment) => investment.name);
  for (const i of removed) d.add(`investments/${i}`, `Investment removed: ${a.investments[i].name}`);
  for (const j of added) {
    const investment = b.investments[j];
    d.add(`investments/${j}`, `Investment added: ${investment.name}: ${formatPounds(investment.amount)} a year from ${financialYear(investment.startYear)}`);
  }
  for (const [i, j] of pairs) {
    const [before, after] = [a.investments[i], b.investments[j]];
    for (const field of ['amount', 'startYear', 'rampYears', 'lagYears'] as const) d.number(`investments/${j}/${field}`, before[field], after[field]);
    if (before.target !== after.target) {
      d.add(`investments/${j}/target`, `${after.name}: buys more of: ${serviceName(a, before.target)} → ${serviceName(b, after.target)}`);
    }
    if (before.paidBy !== after.paidBy) d.add(`investments/${j}/paidBy`, `${after.name}: paid by: ${payerName(a, before)} → ${payerName(b, after)}`);
    diffProfile(d, `investments/${j}`, after.name, before, after);
    if (before.endYear !== after.endYear) d.add(`investments/${j}/endYear`, `${after.name}: last year funded: ${endWords(before)} → ${endWords(after)}`);
    diffDeflections(d, before, after, j);
    d.text(`investments/${j}/source`, `${after.name}: source`, before.source, after.source);
  }
}

function diffPool(d: Differences): void {
  const before = d.a.pool?.contributions ?? {};
  const after = d.b.pool?.contributions ?? {};
  const share = (value: number | undefined) => (value === undefined ? 'none' : formatPercent(value));
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[id] === after[id]) continue;
    const name = d.b.partners.some((p) => p.id === id) ? partnerName(d.b, id) : partnerName(d.a, id);
    d.add(`pool/contributions/${id}`, `Pooled budget: share from ${name}: ${share(before[id])} → ${share(after[id])}`);
  }
}

function diffEnvelopeAndShares(d: Differences): void {
  const { a, b } = d;
  if (a.envelope && b.envelope) d.series('Budget envelope', a.envelope, b.envelope, (t) => `envelope/${t}`);
  else if (a.envelope || b.envelope) d.add('envelope', `Budget envelope: ${b.envelope ? 'added' : 'removed'}`);
  if (a.targetLevelShares && b.targetLevelShares) {
    const after = b.targetLevelShares;
    a.targetLevelShares.forEach((before, i) => {
      if (before !== after[i]) d.add(`targetLevelShares/${i}`, `Desired share of spend at Level ${i + 1}: ${formatPercent(before)} → ${formatPercent(after[i])}`);
    });
  } else if (a.targetLevelShares || b.targetLevelShares) {
    d.add('targetLevelShares', `Desired shares of spend by level: ${b.targetLevelShares ? 'added' : 'removed'}`);
  }
}

function diffUncertainty(d: Differences): void {
  const before = d.a.uncertainty ?? [];
  const after = d.b.uncertainty ?? [];
  const range = (path: string, low: number, high: number) => `${valueText(path, low)} to ${valueText(path, high)}`;
  const { pairs, removed, added } = pairUp(before, after, (r) => r.path);
  for (const i of removed) d.add(`uncertainty/${i}`, `Uncertainty range removed: ${inputLabel(d.a, before[i].path)}`);
  for (const j of added) {
    const r = after[j];
    d.add(`uncertainty/${j}`, `Uncertainty range added: ${inputLabel(d.b, r.path)}, ${range(r.path, r.low, r.high)}`);
  }
  for (const [i, j] of pairs) {
    const [x, y] = [before[i], after[j]];
    if (x.low !== y.low || x.high !== y.high) {
      d.add(`uncertainty/${j}`, `Uncertainty range for ${inputLabel(d.b, y.path)}: ${range(x.path, x.low, x.high)} → ${range(y.path, y.low, y.high)}`);
    }
  }
  const [mcA, mcB] = [d.a.monteCarlo, d.b.monteCarlo];
  if (mcA && mcB) {
    if (mcA.runs !== mcB.runs) d.add('monteCarlo/runs', `Monte Carlo runs: ${formatInputValue('runs', mcA.runs)} → ${formatInputValue('runs', mcB.runs)}`);
    if (mcA.seed !== mcB.seed) d.add('monteCarlo/seed', `Monte Carlo seed: ${mcA.seed} → ${mcB.seed}`);
  } else if (mcA || mcB) d.add('monteCarlo', `Monte Carlo settings: ${mcB ? 'added' : 'removed'}`);
}

/** Every input that differs from `a` to `b`, in the order of the file. The name, area and notes are not inputs and are left out. */
export function diffScenarios(a: Scenario, b: Scenario): InputDifference[] {
  const d = new Differences(a, b);
  diffMeta(d);
  diffAgeBands(d);
  diffPartners(d);
  diffServices(d);
  diffRebalancing(d);
  diffInvestments(d);
  diffPool(d);
  diffEnvelopeAndShares(d);
  diffUncertainty(d);
  return d.lines;
}
