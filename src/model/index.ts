// The engine's one front door (MODEL.md): the file (format, schema, migrations,
// reading and checks), the kernel (compile, evaluate, results) and the
// analyses (tornado, Monte Carlo, goal seek). Code outside src/model imports
// from here only. Every module below is free of side effects, so an importer
// that needs a year label does not load the file validator.
export { financialYear, scenarioYears } from './financialYear';
export { formatInputValue, formatMoney, inputLabel } from './inputNames';
export { PAID_BACK } from './kernel/paidBack';
export { describePayback, lostBreakEvenYear, paybackCell, type PaybackSummary, type PaybackWords, type PaybackYears } from './paybackWords';
export { fieldAt, INPUT_FIELDS, ruleOf, whyUnrangeable, withinBounds, type InputField, type InputKind } from './inputCatalogue';
export {
  CARE_HOME_SETTINGS,
  DEFAULT_PROFILE,
  DEFAULT_SETTING,
  LEVELS,
  OUTSIDE_CARE_HOME_SETTINGS,
  PRINCIPAL_VARIANT,
  PROFILES,
  profileWords,
  projectionName,
  projectionShortName,
  SETTINGS,
  settingWords,
  type Level,
  type Profile,
  type Setting,
} from './vocabulary';

export { FILE_FORMAT, FILE_VERSION, idProblem, MAX_FILE_BYTES, tooBigReason, writeScenarioText } from './file/fileFormat';
export { migrateDraft } from './file/migrations';
export { problemLine, problemTotal, type Problem } from './file/problems';
export { readScenario, readScenarioBytes, readScenarioText, type ReadResult } from './file/scenarioFile';
export {
  ageBandSchema,
  capacitySchema,
  monteCarloSchema,
  partnerSchema,
  serviceSchema,
  type AgeBand,
  type Capacity,
  type CapacityChange,
  type Deflection,
  type Investment,
  type Meta,
  type MonteCarloSettings,
  type Partner,
  type RebalancingRule,
  type Scenario,
  type ScenarioInput,
  type Service,
  type UncertaintyRange,
} from './file/schema';

export { runModel, type Indicators, type Results, type Series, type ServiceResult, type VariantSummary, type Waterfall } from './kernel/results';
export { runDraft, type DraftOutcome } from './kernel/runDraft';
export { phase, profiled } from './kernel/phaseIn';

export { analysisApi, type AnalysisApi, type GoalSeekAnswer, type Survey } from './analysis/analysisApi';
export { checkGoalSeek, describeGoalSeek, formatGoalOutput, GOAL_OUTPUTS, goalSeek, type GoalOutput, type GoalSeekRequest } from './analysis/goalSeek';
export { checkMonteCarlo, runMonteCarlo, type MonteCarloProgress, type MonteCarloResult, type PercentileSeries, type Percentiles } from './analysis/monteCarlo';
export { NO_RANGES } from './analysis/rangedInputs';
export { runTornado, type TornadoResult } from './analysis/tornado';
