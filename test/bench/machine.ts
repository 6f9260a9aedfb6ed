// What the figures were measured on: they only mean something beside the machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

const CHROMIUM = '/usr/bin/chromium';

export interface Machine {
  cpuModel: string;
  cores: number;
  node: string;
  /** null when Chromium is not installed */
  chromium: string | null;
  date: string;
}

function chromiumVersion(): string | null {
  if (!existsSync(CHROMIUM)) return null;
  // Debian's wrapper script prints a shell warning on stderr; the version is the first line of stdout.
  const output = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return output.split('\n')[0].trim();
}

export function describeMachine(): Machine {
  const cores = cpus();
  return {
    cpuModel: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    node: process.version,
    chromium: chromiumVersion(),
    date: new Date().toISOString(),
  };
}
