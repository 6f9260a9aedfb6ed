// Serves the built app (dist/, made by `npm run build` before the tests; or
// the folder named by UPSTREAM_DIST) on loopback for the browser tests, and
// tells them where it is.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const outDir = process.env.UPSTREAM_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`No built app in ${outDir}/: run \`npm run build\` first (npm test does).`);
  server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('appUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}
