// `npm run -s model -- path/to/file.upstream.json [--summary | --tornado | --monte-carlo | --goal-seek …]`
// Prints the results JSON of MODEL.md §10 (or the §8 analysis asked for) to
// stdout and exits 0; on an unreadable or invalid file, or an analysis that
// cannot run, prints nothing to stdout, lists every problem on stderr and exits 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkGoalSeek, describeGoalSeek, GOAL_OUTPUTS, goalSeek, type GoalOutput, type GoalSeekRequest } from '../model';
import { checkMonteCarlo, runMonteCarlo } from '../model';
import { problemLine, problemTotal, type Problem } from '../model';
import { NO_RANGES } from '../model';
import { runModel } from '../model';
import { readScenarioBytes } from '../model';
import type { Scenario } from '../model';
import { runTornado } from '../model';
import { summaryText } from './summary';
import { formatCount } from '../format/money';

export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = `Usage: npm run -s model -- FILE.upstream.json [--summary | --tornado | --monte-carlo | --goal-seek PATH LO HI OUTPUT TARGET [YEAR] | --workbook OUT.xlsx]

Runs the Level 1–5 and shift-investment models on a scenario file.
  (default)      the results JSON (MODEL.md §10 and §19) on standard output
  --summary      plain-text tables:
                 - by year: baseline total, scenario total, net saving, upstream share
                 - NPV of net saving, payback year (and, when it breaks even but falls back
                   into deficit later, a line saying so: "Breaks even in 2027/28 but is back
                   in deficit from 2028/29: -£79,957 by 2029/30."), capital for new capacity
                   in total and NPV after capital
                 - people served by where they live (at home, sheltered, extra care,
                   residential, nursing, hospital), first and last year, baseline and scenario
                 - balance of care, first and last year, baseline and scenario: older people,
                   care-home places per 1,000 older people, share of people at Levels 4–5
                   supported outside care homes and hospital, share of people at Levels 1–3
                 - when age bands have population variants, each variant's NPV, cumulative
                   net saving and total spend in the last year and payback year, principal first
  --tornado      JSON: each uncertainty range at its low and its high, others central, with
                 the NPV, NPV after capital and cumulative net saving at each; largest NPV
                 swing first
  --monte-carlo  JSON: P10, P50 and P90 per year of scenario total spend, net saving and
                 care-home places per 1,000 older people, and of NPV and NPV after capital
                 (as Excel's PERCENTILE.INC), and the share of runs that pay back and stay
                 paid back by the last year, drawn with the file's monteCarlo runs and seed
  --goal-seek PATH LO HI OUTPUT TARGET [YEAR]
                 JSON: the value of the input at PATH, from LO to HI, at which OUTPUT
                 reaches TARGET, and a sentence saying so. OUTPUT is one of
                   npv                  NPV of net saving
                   cumulativeNetSaving  cumulative net saving by the last year
                   upstreamShare        share of spend at Levels 1 to 3 in the last year (0 to 1)
                   scenarioTotal        total spend in YEAR (give YEAR, e.g. 2030 for 2030/31)
                   npvAfterCapital      NPV of net saving less the discounted capital
                   careHomePer1000      care-home places per 1,000 older people in the last year
                   supportedAtHomeShare share of people at Levels 4–5 supported outside care
                                        homes and hospital in the last year (0 to 1)
                 e.g. --goal-seek investments/0/amount 0 5000000 cumulativeNetSaving 0
                 A target that cannot be reached within the bounds is an answer too
                 ("reached": false, with the reason).
  --workbook OUT.xlsx
                 writes the audit workbook: the whole model as live Excel formulas over
                 input sheets, with Upstream's figures cached, to check every figure or
                 try a change in Excel or LibreOffice
`;

const MODES = ['--summary', '--tornado', '--monte-carlo', '--goal-seek', '--workbook'] as const;
type Mode = (typeof MODES)[number] | 'results';

interface Command {
  file: string;
  mode: Mode;
  goal?: GoalSeekRequest;
  /** Where --workbook writes the audit workbook. */
  workbook?: string;
}

/** The words after --goal-seek: PATH LO HI OUTPUT TARGET, and YEAR for scenarioTotal. */
function goalSeekWords(args: readonly string[], at: number): string[] | string {
  const wanted = args[at + 4] === 'scenarioTotal' ? 6 : 5;
  const taken = args.slice(at + 1, at + 1 + wanted);
  if (taken.length < wanted || taken.some((w) => w.startsWith('--'))) {
    return `--goal-seek needs PATH LO HI OUTPUT TARGET${wanted === 6 ? ' YEAR' : ''}, e.g. --goal-seek investments/0/amount 0 5000000 npv 1000000`;
  }
  return taken;
}

function goalSeekRequest([path, lo, hi, output, target, year]: string[]): GoalSeekRequest | string {
  const number = (word: string) => (word.trim() === '' ? NaN : Number(word));
  const bad = [['LO', lo], ['HI', hi], ['TARGET', target], ...(year === undefined ? [] : [['YEAR', year]])].filter(([, w]) => !Number.isFinite(number(w)));
  if (bad.length > 0) return bad.map(([name, w]) => `--goal-seek ${name} must be a plain number (no £ or commas), got "${w}"`).join('\n');
  if (!(GOAL_OUTPUTS as readonly string[]).includes(output)) return `--goal-seek OUTPUT must be one of ${GOAL_OUTPUTS.join(', ')}, got "${output}"`;
  return { path, lo: number(lo), hi: number(hi), output: output as GoalOutput, target: number(target), ...(year === undefined ? {} : { year: number(year) }) };
}

/** The file and what to do with it, or why the arguments make no sense. */
function parseArgs(args: readonly string[]): Command | string {
  const rest: string[] = [];
  let goal: GoalSeekRequest | undefined;
  let workbook: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--workbook') {
      workbook = args[i + 1];
      if (workbook === undefined || workbook.startsWith('--')) return '--workbook needs the file to write, e.g. --workbook audit.xlsx';
      rest.push(args[i++]);
      continue;
    }
    if (args[i] !== '--goal-seek') {
      rest.push(args[i]);
      continue;
    }
    const words = goalSeekWords(args, i);
    if (typeof words === 'string') return words;
    const request = goalSeekRequest(words);
    if (typeof request === 'string') return request;
    goal = request;
    rest.push('--goal-seek');
    i += words.length;
  }
  const flags = rest.filter((a) => a.startsWith('--'));
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => !(MODES as readonly string[]).includes(f));
  if (unknown.length > 0) return unknown.map((f) => `Unknown option ${f}`).join('\n');
  if (new Set(flags).size > 1) return `Choose one of ${MODES.join(', ')}`;
  if (files.length !== 1) return '';
  return { file: files[0], mode: (flags[0] as Mode | undefined) ?? 'results', goal, workbook };
}

function problemList(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${problemLine(p)}\n`).join('');
}

/** The analysis asked for, as text for stdout, or the problems that stop it. */
function analysis(command: Command, scenario: Scenario): { text: string } | { problems: Problem[]; what: string } | { workbook: string } {
  const json = (value: unknown) => ({ text: `${JSON.stringify(value, null, 2)}\n` });
  switch (command.mode) {
    case 'results':
      return json(runModel(scenario));
    case '--summary':
      return { text: summaryText(runModel(scenario)) };
    case '--tornado':
      return (scenario.uncertainty ?? []).length === 0 ? { problems: [NO_RANGES], what: 'draw a tornado' } : json(runTornado(scenario));
    case '--monte-carlo': {
      const problems = checkMonteCarlo(scenario);
      return problems.length > 0 ? { problems, what: 'run Monte Carlo' } : json(runMonteCarlo(scenario));
    }
    case '--workbook':
      return { workbook: command.workbook! };
    case '--goal-seek': {
      const request = command.goal!;
      const problems = checkGoalSeek(scenario, request);
      if (problems.length > 0) return { problems, what: 'goal seek' };
      const result = goalSeek(scenario, request);
      return json({ ...result, sentence: describeGoalSeek(scenario, request, result) });
    }
  }
}

/** Writes the audit workbook; exit code 1 with the reason when the file cannot be written. */
async function writeAuditWorkbook(scenario: Scenario, path: string, out: CliOutput): Promise<number> {
  const { auditWorkbookBytes } = await import('../files/auditWorkbook/auditWorkbook');
  try {
    writeFileSync(path, new Uint8Array(await auditWorkbookBytes(scenario)));
  } catch (error) {
    out.stderr(`${path}: cannot be written: ${(error as Error).message}\n`);
    return 1;
  }
  out.stdout(`Wrote ${path}: the model as formulas over its inputs, with Upstream's figures cached.\n`);
  return 0;
}

/** The exit code; a promise of it when a workbook is being written. */
export function runCli(args: readonly string[], out: CliOutput): number | Promise<number> {
  if (args.includes('--help')) {
    out.stdout(USAGE);
    return 0;
  }
  const command = parseArgs(args);
  if (typeof command === 'string') {
    out.stderr(`${command === '' ? '' : `${command}\n`}${USAGE}`);
    return 2;
  }
  const { file } = command;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message;
    out.stderr(`${file}: cannot be read: ${reason}\n`);
    return 1;
  }
  const read = readScenarioBytes(bytes);
  if (!read.ok) {
    // The reader lists the first problems only; the count says how many there are in all.
    const count = problemTotal(read.problems);
    out.stderr(`${file} was not run: ${formatCount(count)} problem${count === 1 ? '' : 's'} found.\n${problemList(read.problems)}`);
    return 1;
  }
  const answer = analysis(command, read.scenario);
  if ('problems' in answer) {
    out.stderr(`${file}: cannot ${answer.what}:\n${problemList(answer.problems)}`);
    return 1;
  }
  if ('workbook' in answer) return writeAuditWorkbook(read.scenario, answer.workbook, out);
  out.stdout(answer.text);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  void Promise.resolve(
    runCli(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    }),
  ).then((code) => (process.exitCode = code));
}
