// Debian's Chromium driven by playwright-core (browser downloads fail here).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const QUIET_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: QUIET_FLAGS, headless: true });
}

/** The app's own address: it opens on the forward plan (or the user's restored work). */
export const appHomeUrl = (): string => inject('appUrl');
/** The app opened on the county sample, which the browser tests are written around. */
export const appUrl = (): string => `${appHomeUrl()}?sample=county`;

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  /** Requests that left the app's own origin. */
  foreignRequests: string[];
}

/** A fresh page in its own context that records errors and off-origin requests. */
export async function openApp(browser: Browser, query = ''): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  const origin = new URL(appUrl()).origin;
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(appUrl() + query);
  return { page, errors, foreignRequests };
}

/** A fresh profile at 1440×900 as Firefox or Safari gives it: no file pickers, so Save downloads (accepted) and Open uses a file input. */
export async function contextWithoutPickers(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', acceptDownloads: true });
  await context.addInitScript(() => {
    for (const picker of ['showSaveFilePicker', 'showOpenFilePicker']) Object.defineProperty(window, picker, { value: undefined, configurable: true });
  });
  return context;
}
