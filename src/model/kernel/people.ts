// MODEL.md §13 and §18: people served, where they live and at which level,
// whether each rebalancing rule re-homes the people it moves, and the
// balance-of-care indicators. Reads the activity the money steps worked out.
import { CARE_HOME_SETTINGS, OUTSIDE_CARE_HOME_SETTINGS, SETTING_IDS } from '../vocabulary';
import type { CompiledModel } from './compile';
import { LEVELS, type ModelRun } from './evaluate';

const CARE_HOME = SETTING_IDS.map((id) => CARE_HOME_SETTINGS.includes(id));
const OUTSIDE_CARE_HOMES = SETTING_IDS.map((id) => OUTSIDE_CARE_HOME_SETTINGS.includes(id));

/** §13: activity / unitsPerPerson for every service and year, summed by level and by setting. */
function peopleServed(m: CompiledModel, activity: Float64Array, people: Float64Array, byLevel: Float64Array, bySetting: Float64Array): void {
  const T = m.years;
  byLevel.fill(0);
  bySetting.fill(0);
  for (let s = 0; s < m.serviceIds.length; s++) {
    const perPerson = m.unitsPerPerson[s];
    const level = (m.serviceLevel[s] - 1) * T;
    const setting = m.serviceSetting[s] * T;
    for (let t = 0, i = s * T; t < T; t++, i++) {
      const served = activity[i] / perPerson;
      people[i] = served;
      byLevel[level + t] += served;
      bySetting[setting + t] += served;
    }
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
function indicators(
  m: CompiledModel,
  run: ModelRun,
  byLevel: Float64Array,
  bySetting: Float64Array,
  careHomePer1000: Float64Array,
  atHomeShare: Float64Array,
  peopleUpstream: Float64Array,
  people: Float64Array,
): void {
  const T = m.years;
  for (let t = 0; t < T; t++) {
    let inCareHomes = 0;
    for (let g = 0; g < SETTING_IDS.length; g++) if (CARE_HOME[g]) inCareHomes += bySetting[g * T + t];
    const older = run.olderPeople[t];
    careHomePer1000[t] = older === 0 ? 0 : (1000 * inCareHomes) / older;
    let upstream = 0;
    let all = 0;
    for (let L = 0; L < LEVELS; L++) {
      const served = byLevel[L * T + t];
      all += served;
      if (L < 3) upstream += served;
    }
    peopleUpstream[t] = all === 0 ? NaN : upstream / all;
    // Levels 4–5 by setting needs each service: a level and a setting together.
    let longTerm = 0;
    let outside = 0;
    for (let s = 0; s < m.serviceIds.length; s++) {
      if (m.serviceLevel[s] < 4) continue;
      const served = people[s * T + t];
      longTerm += served;
      if (OUTSIDE_CARE_HOMES[m.serviceSetting[s]]) outside += served;
    }
    atHomeShare[t] = longTerm === 0 ? NaN : outside / longTerm;
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

export function countPeople(m: CompiledModel, run: ModelRun): void {
  peopleServed(m, run.demand, run.basePeople, run.baselinePeopleByLevel, run.baselinePeopleBySetting);
  peopleServed(m, run.activity, run.people, run.scenarioPeopleByLevel, run.scenarioPeopleBySetting);
  rebalancingResidual(m, run);
  olderPeople(m, run);
  indicators(m, run, run.baselinePeopleByLevel, run.baselinePeopleBySetting, run.baselineCareHomePer1000, run.baselineAtHomeShare, run.baselinePeopleUpstream, run.basePeople);
  indicators(m, run, run.scenarioPeopleByLevel, run.scenarioPeopleBySetting, run.scenarioCareHomePer1000, run.scenarioAtHomeShare, run.scenarioPeopleUpstream, run.people);
}
