// MODEL.md §13 and §18: people served, where they live and at which level,
// whether each rebalancing rule re-homes the people it moves, and the
// balance-of-care indicators. Reads the activity the money steps worked out.
// One pass over the services serves both sides and every indicator: this
// step runs inside every Monte Carlo draw.
import { CARE_HOME_SETTINGS, OUTSIDE_CARE_HOME_SETTINGS, SETTING_IDS } from '../vocabulary';
import type { CompiledModel } from './compile';
import type { ModelRun } from './evaluate';

const CARE_HOME_ROWS = CARE_HOME_SETTINGS.map((id) => SETTING_IDS.indexOf(id));
const OUTSIDE_CARE_HOMES = SETTING_IDS.map((id) => OUTSIDE_CARE_HOME_SETTINGS.includes(id));

/** One side's people figures: the service rows, their sums, and people at Levels 4–5 outside care homes. */
export interface PeopleSide {
  activity: Float64Array;
  people: Float64Array;
  byLevel: Float64Array;
  bySetting: Float64Array;
  longTermOutside: Float64Array;
}

/** §13: one service's people, each year, added to its level, its setting and (if so) the long-term-outside count. */
function serviceRow(side: PeopleSide, T: number, s: number, perPerson: number, level: number, setting: number, outside: boolean): void {
  const { activity, people, byLevel, bySetting, longTermOutside } = side;
  for (let t = 0, i = s * T; t < T; t++, i++) {
    const served = activity[i] / perPerson;
    people[i] = served;
    byLevel[level + t] += served;
    bySetting[setting + t] += served;
    if (outside) longTermOutside[t] += served;
  }
}

function clear(side: PeopleSide): void {
  side.byLevel.fill(0);
  side.bySetting.fill(0);
  side.longTermOutside.fill(0);
}

/** §13: activity / unitsPerPerson for every service and year, summed by level and by setting. */
function peopleServed(m: CompiledModel, side: PeopleSide): void {
  const T = m.years;
  clear(side);
  for (let s = 0; s < m.serviceIds.length; s++) {
    const outside = m.serviceLevel[s] >= 4 && OUTSIDE_CARE_HOMES[m.serviceSetting[s]];
    serviceRow(side, T, s, m.unitsPerPerson[s], (m.serviceLevel[s] - 1) * T, m.serviceSetting[s] * T, outside);
  }
}

/** §13: people in minus people out of each rule; 0 when it re-homes everyone it moves. */
function rebalancingResidual(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  for (let k = 0; k < m.ruleShare.length; k++) {
    const fromPerPerson = m.unitsPerPerson[m.ruleFrom[k]];
    const toPerPerson = m.unitsPerPerson[m.ruleTo[k]];
    const ratio = m.ruleRatio[k];
    for (let i = k * T; i < k * T + T; i++) {
      const moved = run.moved[i];
      run.residual[i] = (ratio * moved) / toPerPerson - moved / fromPerPerson;
    }
  }
}

/** §18: care-home places per 1,000 older people, the share supported outside care homes and hospital, people upstream. */
function indicators(run: ModelRun, T: number, side: PeopleSide, careHomePer1000: Float64Array, atHomeShare: Float64Array, peopleUpstream: Float64Array): void {
  const { byLevel, bySetting, longTermOutside } = side;
  for (let t = 0; t < T; t++) {
    let inCareHomes = 0;
    for (const g of CARE_HOME_ROWS) inCareHomes += bySetting[g * T + t];
    const older = run.olderPeople[t];
    careHomePer1000[t] = older === 0 ? 0 : (1000 * inCareHomes) / older;
    const upstream = byLevel[t] + byLevel[T + t] + byLevel[2 * T + t];
    const longTerm = byLevel[3 * T + t] + byLevel[4 * T + t];
    const all = upstream + longTerm;
    peopleUpstream[t] = all === 0 ? NaN : upstream / all;
    atHomeShare[t] = longTerm === 0 ? NaN : longTermOutside[t] / longTerm;
  }
}

/** §18: the older population in use, each year. */
function olderPeople(m: CompiledModel, run: ModelRun): void {
  const T = m.years;
  run.olderPeople.fill(0);
  for (let b = 0; b < m.bandIds.length; b++) {
    for (let t = 0; t < T; t++) run.olderPeople[t] += run.population[b * T + t];
  }
}

/** The arrays of `run` that each side's people figures live in (made once per run workspace). */
export function peopleSides(run: Omit<ModelRun, 'peopleSides'>): ModelRun['peopleSides'] {
  return {
    baseline: {
      activity: run.demand,
      people: run.basePeople,
      byLevel: run.baselinePeopleByLevel,
      bySetting: run.baselinePeopleBySetting,
      longTermOutside: run.baselineLongTermOutside,
    },
    scenario: {
      activity: run.activity,
      people: run.people,
      byLevel: run.scenarioPeopleByLevel,
      bySetting: run.scenarioPeopleBySetting,
      longTermOutside: run.scenarioLongTermOutside,
    },
  };
}

export function countPeople(m: CompiledModel, run: ModelRun): void {
  const { baseline, scenario } = run.peopleSides;
  // The baseline side follows demand and units per person alone: Monte Carlo rarely varies them.
  if (!run.baselinePeopleKnown) {
    peopleServed(m, baseline);
    olderPeople(m, run);
    indicators(run, m.years, baseline, run.baselineCareHomePer1000, run.baselineAtHomeShare, run.baselinePeopleUpstream);
  }
  peopleServed(m, scenario);
  rebalancingResidual(m, run);
  indicators(run, m.years, scenario, run.scenarioCareHomePer1000, run.scenarioAtHomeShare, run.scenarioPeopleUpstream);
}
