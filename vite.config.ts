import solid from 'vite-plugin-solid';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content-Security-Policy, written once. Handsontable injects <style>
 * elements, hence 'unsafe-inline' for styles only (ENGINEERING.md); scripts,
 * workers and connections stay on Upstream's own origin, and eval is refused.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
/**
 * Only a header can forbid framing (a meta tag cannot), and only a header
 * reaches the workers. The two Cross-Origin headers isolate the page, which
 * lets the model's worker hand its answer over in shared memory
 * (src/ui/model/answerSlot.ts); everything Upstream loads is its own.
 */
const SECURITY_HEADERS = {
  'Content-Security-Policy': [...POLICY, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** The same policy as a meta tag, for hosts that cannot set headers. */
const policyMeta = (): Plugin => ({
  name: 'upstream-policy-meta',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: POLICY.join('; ') }, injectTo: 'head-prepend' }],
});

export default defineConfig({
  plugins: [solid(), policyMeta()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173, headers: SECURITY_HEADERS },
  preview: { port: 4173, headers: SECURITY_HEADERS },
  test: {
    // vite-plugin-solid would make every test environment jsdom; ours run in Node or real Chromium.
    environment: 'node',
    reporters: ['default', './test/support/passFailLine.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          environment: 'node',
          // Property tests and CLI child processes take seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
