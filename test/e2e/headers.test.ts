// Security headers from the preview server (vite.config.ts): the page and the
// workers' scripts carry the Content-Security-Policy, framing is forbidden,
// and eval is refused inside the model worker; the built page keeps the
// policy as a meta tag too, for hosts that cannot set headers. The page is
// cross-origin isolated, so the model's answers can come in shared memory.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editCell, headlineText, modelWorker, waitForResults } from './appPage';
import { appUrl, launchBrowser, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function expectSecurityHeaders(headers: Record<string, string>): void {
  expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-embedder-policy']).toBe('require-corp');
}

type EvalProbe = typeof globalThis & { evalOutcome?: string };

/**
 * Tries eval on a later task: code evaluated by DevTools itself is let off
 * the policy's eval ban (allowUnsafeEvalBlockedByCSP), code it schedules is not.
 */
function tryEvalLater(): void {
  setTimeout(() => {
    try {
      (self as EvalProbe).evalOutcome = String(new Function('return 1 + 1')());
    } catch (error) {
      (self as EvalProbe).evalOutcome = (error as Error).name;
    }
  }, 0);
}

describe('security headers', () => {
  it('the page and the worker scripts carry the policy, and the worker refuses eval', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const workerResponse = page.waitForResponse((response) => /\/model\.worker[-.][^/]*\.js$/.test(response.url()));
    const response = await page.goto(appUrl());
    expectSecurityHeaders(response!.headers());
    await waitForResults(page);
    expectSecurityHeaders((await workerResponse).headers());

    const worker = modelWorker(page);
    await worker.evaluate(tryEvalLater);
    await expect.poll(() => worker.evaluate(() => (self as EvalProbe).evalOutcome)).toBe('EvalError');
    const metaPolicy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(metaPolicy).toMatch(/script-src 'self'/);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await context.close();
  });

  it('the page refuses eval too', async () => {
    const { page } = await openApp(browser);
    await page.evaluate(tryEvalLater);
    await expect.poll(() => page.evaluate(() => (self as EvalProbe).evalOutcome)).toBe('EvalError');
    await page.context().close();
  });

  it('without the two isolation headers an edit still reaches the headline, its answer coming as a message', async () => {
    const context = await browser.newContext();
    // A host that sends only the policy: the page, its scripts and its workers' scripts without the isolation headers.
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cross-origin-opener-policy'];
      delete headers['cross-origin-embedder-policy'];
      await route.fulfill({ response, headers });
    });
    const page = await context.newPage();
    await page.goto(appUrl());
    await waitForResults(page);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
    const before = await headlineText(page);
    await editCell(page, { tab: 'Services', grid: 'Services', row: 'Residential and nursing care', column: 'Unit cost £' }, '30000');
    await expect.poll(() => headlineText(page)).not.toBe(before);
    await context.close();
  });
});
