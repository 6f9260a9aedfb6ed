// How much JavaScript the app sends, gzipped (level 9): what index.html loads
// at startup (its entry chunk and everything that chunk imports statically)
// apart from what is loaded later (dynamic imports such as the Excel library,
// and workers). Builds into a temp folder, never into dist/, which others use.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { now } from './statistics';

export const BUNDLE_DIR = '/tmp/upstream-bench-dist';
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LARGEST_SHOWN = 5;

export interface ChunkSize {
  file: string;
  gzipKB: number;
}

export interface BundleSize {
  totalGzipKB: number;
  startupGzipKB: number;
  lazyGzipKB: number;
  startup: ChunkSize[];
  largest: ChunkSize[];
  buildMs: number;
}

/** One chunk of Vite's build manifest; `imports` name other manifest keys. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dir, name));
}

/** Files index.html loads at startup: the entry chunk and its static imports, transitively. */
function startupFiles(manifest: Record<string, ManifestChunk>): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
  };
  Object.keys(manifest).filter((key) => manifest[key].isEntry && key.endsWith('index.html')).forEach(visit);
  return files;
}

const kilobytes = (bytes: number) => bytes / 1024;
const total = (chunks: ChunkSize[]) => chunks.reduce((sum, c) => sum + c.gzipKB, 0);

/** Vite's first words about what went wrong, without colours or npm's warnings. */
function buildProblem(stderr: string): string {
  const lines = stderr
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('npm warn'));
  const first = Math.max(0, lines.findIndex((line) => /error/i.test(line)));
  return lines.slice(first, first + 3).join(' ');
}

/** Builds the app with Vite; throws with Vite's own words when the build fails. */
function build(outDir: string): number {
  const start = now();
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest'], { cwd: PROJECT_ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    throw new Error(`vite build failed: ${buildProblem(String((error as { stderr?: string }).stderr ?? error))}`);
  }
  return now() - start;
}

export function measureBundle(outDir = BUNDLE_DIR): BundleSize {
  const buildMs = build(outDir);
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const atStartup = startupFiles(manifest);
  const chunks = jsFiles(outDir).map((path) => ({ file: relative(outDir, path), gzipKB: kilobytes(gzipSync(readFileSync(path), { level: 9 }).byteLength) }));
  const startup = chunks.filter((c) => atStartup.has(c.file));
  const lazy = chunks.filter((c) => !atStartup.has(c.file));
  return {
    totalGzipKB: total(chunks),
    startupGzipKB: total(startup),
    lazyGzipKB: total(lazy),
    startup,
    largest: [...chunks].sort((a, b) => b.gzipKB - a.gzipKB).slice(0, LARGEST_SHOWN),
    buildMs,
  };
}
