// The real model CLI as a child process, for the CLI tests.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const repo = fileURLToPath(new URL('../../', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `src/cli/model.ts` through tsx directly: `npm run` would add its own warnings. */
export async function runChild(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/tsx', ['src/cli/model.ts', ...args], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
