// The model CLI run two ways for its tests: in this process (fast, for whole
// corpora) and as the child process a user starts (for a handful).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runCli } from '../../src/cli/model';

const repo = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Every run but `--workbook` answers at once, so its code is a number. */
export function runInProcess(...args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }) as number;
  return { code, stdout, stderr };
}

/** The real CLI as a child process, through tsx directly: `npm run` would add its own warnings. */
export async function runChild(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/tsx', ['src/cli/model.ts', ...args], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
