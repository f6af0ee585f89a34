import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS } from '@ocop/demo-data';
import { consolePage, launchChromium, settled } from '../apps/web/test/browser';

/**
 * npm run bench:web -- [--url http://127.0.0.1:3000] [--runs 5]
 * The console's budget on a running stack with the demo data (npm start), in Debian's Chromium:
 * the gzipped JavaScript the first page (login) and the officer's home load (budget 350 KB), and
 * the officer home's time to usable (budget 2 s): from navigation until its figures are shown
 * and nothing is loading, each run with an empty cache. Writes bench/results/web-budget.json
 * and .md. Not a test: nothing fails on a slow figure.
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000' },
    runs: { type: 'string', default: '5' },
  },
});
const base = values.url;
const BUDGET_JS_KB = 350;
const BUDGET_USABLE_MS = 2_000;

/** The gzipped size of every script the page loads while `act` runs. */
async function scriptsLoaded(page: Page, act: () => Promise<void>): Promise<Map<string, number>> {
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) =>
          void scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length),
        () => undefined,
      ),
    );
  });
  await act();
  await Promise.all(pending);
  return scripts;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const total = (scripts: Map<string, number>) => [...scripts.values()].reduce((a, b) => a + b, 0);

async function officerToken(): Promise<{ token: string; expiresIn: number; user: unknown }> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_USERS.officer, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`officer login answered ${response.status}: is the demo data loaded?`);
  const answer = (await response.json()) as {
    accessToken: string;
    expiresIn: number;
    user: unknown;
  };
  return { token: answer.accessToken, expiresIn: answer.expiresIn, user: answer.user };
}

/** A page already logged in as the officer (the session the login page would have stored). */
async function officerPage(browser: Browser): Promise<Page> {
  const { token, expiresIn, user } = await officerToken();
  const page = await consolePage(browser, base);
  const session = JSON.stringify({ token, expiresAt: Date.now() + expiresIn * 1000, user });
  await page.addInitScript((value) => {
    (
      globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }
    ).sessionStorage.setItem('ocop.session', value);
  }, session);
  return page;
}

async function main() {
  // The time to usable moves with the machine's other work: the figures say how busy it was.
  const loadBefore = loadavg()[0];
  const browser = await launchChromium();
  try {
    const login = await consolePage(browser, base);
    const loginScripts = await scriptsLoaded(login, async () => {
      await login.goto('/login');
      await login.locator('h1').waitFor();
      await login.waitForLoadState('networkidle');
    });
    await login.context().close();

    const home = await officerPage(browser);
    const homeScripts = await scriptsLoaded(home, async () => {
      await home.goto('/');
      await home.locator('.ant-statistic').first().waitFor();
      await settled(home);
    });
    await home.context().close();

    const usable: number[] = [];
    for (let run = 0; run < Number(values.runs); run++) {
      const page = await officerPage(browser);
      const started = Date.now();
      await page.goto('/');
      await page.locator('.ant-statistic').first().waitFor();
      await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
      usable.push(Date.now() - started);
      await page.context().close();
    }
    usable.sort((a, b) => a - b);

    const results = {
      measuredAt: new Date().toISOString(),
      url: base,
      loadAverage1m: { before: loadBefore, after: loadavg()[0] },
      firstPageJsGzipKb: {
        login: kb(total(loginScripts)),
        officerHome: kb(total(homeScripts)),
        budget: BUDGET_JS_KB,
      },
      scripts: Object.fromEntries([...homeScripts].map(([path, size]) => [path, kb(size)])),
      officerHomeUsableMs: {
        runs: usable,
        median: usable[Math.floor(usable.length / 2)],
        max: usable[usable.length - 1],
        budget: BUDGET_USABLE_MS,
      },
    };
    const dir = join(__dirname, '..', '..', 'bench', 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'web-budget.json'), `${JSON.stringify(results, null, 2)}\n`);
    const verdict = (value: number, budget: number) => (value <= budget ? 'within' : 'OVER');
    const md = [
      '# Web console budget',
      '',
      `Measured ${results.measuredAt} against ${base} (Debian Chromium, empty cache each run; load average ${loadBefore.toFixed(1)} before, ${results.loadAverage1m.after.toFixed(1)} after).`,
      '',
      '| figure | value | budget | |',
      '| --- | --- | --- | --- |',
      `| first page (login) JS, gzipped | ${results.firstPageJsGzipKb.login} KB | ${BUDGET_JS_KB} KB | ${verdict(results.firstPageJsGzipKb.login, BUDGET_JS_KB)} |`,
      `| officer home JS, gzipped | ${results.firstPageJsGzipKb.officerHome} KB | ${BUDGET_JS_KB} KB | ${verdict(results.firstPageJsGzipKb.officerHome, BUDGET_JS_KB)} |`,
      `| officer home usable, median of ${usable.length} | ${results.officerHomeUsableMs.median} ms | ${BUDGET_USABLE_MS} ms | ${verdict(results.officerHomeUsableMs.median, BUDGET_USABLE_MS)} |`,
      `| officer home usable, slowest | ${results.officerHomeUsableMs.max} ms | ${BUDGET_USABLE_MS} ms | ${verdict(results.officerHomeUsableMs.max, BUDGET_USABLE_MS)} |`,
      '',
    ].join('\n');
    await writeFile(join(dir, 'web-budget.md'), md);
    console.log(md);
  } finally {
    await browser.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
