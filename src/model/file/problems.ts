import { formatCount } from '../../format/money';
import { escapeText } from './describeValue';

/** One thing wrong with a file or an input, by its place (a JSON path such as `services/3/level`). */
export interface Problem {
  path: string;
  message: string;
  /** Set only on the last line of a cut-short list: how many problems it stands for. */
  more?: number;
}

/** More than anyone reads: a file made to break the reader may hold a million problems. */
export const MAX_PROBLEMS_LISTED = 200;
/** Paths run to about 40 characters; one made of a long key is cut. */
const MAX_PATH_SHOWN = 160;

/** The first MAX_PROBLEMS_LISTED problems, then one line saying how many more there are. */
export function firstProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return [...problems];
  const more = problems.length - MAX_PROBLEMS_LISTED;
  const summary = { path: '', message: `and ${formatCount(more)} more problem${more === 1 ? '' : 's'} like these, not listed`, more };
  return [...problems.slice(0, MAX_PROBLEMS_LISTED), summary];
}

/** How many problems a list stands for, counting those left out of a cut-short list. */
export function problemTotal(problems: readonly Problem[]): number {
  return problems.reduce((total, problem) => total + (problem.more ?? 1), 0);
}

/** A problem on one line: a path holds the file's own keys, so it is escaped like any text from the file. */
export function problemLine(problem: Problem): string {
  return `${problem.path === '' ? '(whole file)' : escapeText(problem.path, MAX_PATH_SHOWN)}: ${problem.message}`;
}

export function pathOf(parts: readonly PropertyKey[]): string {
  return parts.map(String).join('/');
}
