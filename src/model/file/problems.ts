/** One thing wrong with a file or an input, by its place (a JSON path such as `services/3/level`). */
export interface Problem {
  path: string;
  message: string;
}

export function problemLine(problem: Problem): string {
  return `${problem.path === '' ? '(whole file)' : problem.path}: ${problem.message}`;
}

export function pathOf(parts: readonly PropertyKey[]): string {
  return parts.map(String).join('/');
}
